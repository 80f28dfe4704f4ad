import type { Dataset } from '../data/dataset';
import { formatDate } from '../data/format';
import { m } from '../i18n/messages';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';

interface PageHeaderProps {
  readonly dataset: Dataset | null;
  readonly failed: boolean;
}

/**
 * One line: the dashboard's name, the date of its latest report, the theme and the languages.
 * What it is about in more words is in the footer; the first screen is for the figures.
 */
export function PageHeader({ dataset, failed }: PageHeaderProps) {
  const t = m().page;
  return (
    <header className="page-header">
      <div className="page-header__inner">
        <h1 className="page-header__title">{t.title}</h1>
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
        <div className="page-header__settings">
          <ThemeSwitch />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
