import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';

export function PageHeader({ dataset, failed }: { dataset: Dataset | null; failed: boolean }) {
  return (
    <header className="page-header">
      <div className="page-header__inner">
        <h1 className="page-header__title">Russia COVID-19 dashboard</h1>
        <p className="page-header__lede">
          Cases, deaths and recoveries from Russia's official daily reports, day by day, with 7-day
          averages, records and runs of days above 10,000, and the news story of 8 May 2020 checked
          figure by figure against the report it quotes.
        </p>
        <p className="page-header__latest">
          Latest report:{' '}
          {dataset ? (
            <time dateTime={dataset.lastDate} className="page-header__date">
              {formatDate(dataset.lastDate)}
            </time>
          ) : (
            <span className="page-header__date page-header__date--loading">
              {failed ? 'not available' : 'loading…'}
            </span>
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
