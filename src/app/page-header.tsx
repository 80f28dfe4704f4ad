import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';
import type { SourceId } from '../data/series';
import { m } from '../i18n/messages';

interface PageHeaderProps {
  readonly dataset: Dataset | null;
  readonly source: SourceId;
  /** "Russia", or the region shown. */
  readonly placeName: string;
  readonly failed: boolean;
}

export function PageHeader({ dataset, source, placeName, failed }: PageHeaderProps) {
  const t = m().page;
  return (
    <header className="page-header">
      <div className="page-header__inner">
        <h1 className="page-header__title">{t.title}</h1>
        <p className="page-header__lede">{t.lede}</p>
        <p className="page-header__latest">
          {t.latestReport}{' '}
          {dataset ? (
            <time dateTime={dataset.lastDate} className="page-header__date">
              {formatDate(dataset.lastDate)}
            </time>
          ) : (
            <span className="page-header__date page-header__date--loading">
              {failed ? t.latestNotAvailable : m().common.loading}
            </span>
          )}
        </p>
        <p className="page-header__source">
          {t.figuresShown} <strong>{placeName}</strong>
          {t.figuresShownSource(source)}
        </p>
      </div>
    </header>
  );
}
