import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';

export function PageHeader({ dataset }: { dataset: Dataset | null }) {
  return (
    <header className="page-header">
      <div className="page-header__inner">
        <h1 className="page-header__title">Russia COVID-19 dashboard</h1>
        <p className="page-header__latest">
          Latest report:{' '}
          {dataset ? (
            <time dateTime={dataset.lastDate} className="page-header__date">
              {formatDate(dataset.lastDate)}
            </time>
          ) : (
            <span className="page-header__date page-header__date--loading">loading…</span>
          )}
        </p>
        <p className="page-header__source">
          Officially reported figures from the daily reports of Russia's coronavirus response centre
          (stopcoronavirus.rf). Dates are report dates.
        </p>
      </div>
    </header>
  );
}
