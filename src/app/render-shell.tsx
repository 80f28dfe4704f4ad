/**
 * The page as it first renders in each language, as HTML, with the default view's data: the
 * build puts it into index.html and ru/index.html (see vite.config.ts), so the header, the key
 * figures, the charts and the totals of the latest report are painted as soon as the HTML and CSS
 * arrive, before any script has run. The browser then takes it over (src/app/boot.tsx): React
 * hydrates these elements rather than drawing them again.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { setFormatLocale } from '../data/format';
import { datasetFromText } from '../data/load-dataset';
import { JHU_RUSSIA, OFFICIAL_RUSSIA } from '../data/series';
import { en } from '../i18n/en/index';
import type { Locale } from '../i18n/locale';
import { setCatalogue } from '../i18n/messages';
import { ru } from '../i18n/ru/index';
import { seriesQuery } from '../queries/use-series';
import { Root } from './root';

/** The files of the series the default view shows, as the build ships them. */
export interface DefaultViewFiles {
  readonly official: string;
  readonly jhu: string;
}

export function renderShell(locale: Locale, files: DefaultViewFiles): string {
  setFormatLocale(locale);
  setCatalogue(locale, locale === 'ru' ? ru : en);
  const queryClient = new QueryClient();
  // Parsed as the browser parses them, so a file the page would refuse fails the build instead.
  for (const [key, text] of [
    [OFFICIAL_RUSSIA, files.official],
    [JHU_RUSSIA, files.jhu],
  ] as const) {
    queryClient.setQueryData(seriesQuery(key).queryKey, datasetFromText(text, { expected: key }));
  }
  return renderToString(<Root queryClient={queryClient} />);
}
