/**
 * The page as it first renders, before any data has arrived, as HTML, in each language. The
 * build puts it into index.html and ru/index.html (see vite.config.ts) so that the header, the
 * section headings and placeholders of the final size are painted as soon as the HTML and CSS
 * arrive, not after the scripts have run. The browser then hydrates it (src/app/boot.tsx): React
 * takes over these elements rather than drawing them again.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { setFormatLocale } from '../data/format';
import { en } from '../i18n/en/index';
import type { Locale } from '../i18n/locale';
import { setCatalogue } from '../i18n/messages';
import { ru } from '../i18n/ru/index';
import { Root } from './root';

export function renderShell(locale: Locale): string {
  setFormatLocale(locale);
  setCatalogue(locale, locale === 'ru' ? ru : en);
  return renderToString(<Root queryClient={new QueryClient()} />);
}
