import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';
import type { SourceId } from '../data/series';
import { SOURCES } from '../data/sources';

interface PageHeaderProps {
  readonly dataset: Dataset | null;
  readonly source: SourceId;
  /** "Russia", or the region shown. */
  readonly placeName: string;
  readonly failed: boolean;
}

export function PageHeader({ dataset, source, placeName, failed }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div className="page-header__inner">
        <h1 className="page-header__title">Russia COVID-19 dashboard</h1>
        <p className="page-header__lede">
          Cases and deaths in Russia and each of its 85 regions, report by report from 31 January
          2020 to 2023, from the official daily reports and from Johns Hopkins University, with
          every gap and correction shown, and the news story of 8 May 2020 checked figure by figure.
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
          Figures shown: <strong>{placeName}</strong>, {SOURCES[source].name}. Dates are report
          dates.
        </p>
      </div>
    </header>
  );
}
