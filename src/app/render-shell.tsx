/**
 * The page as it first renders, before any data has arrived, as HTML. The build puts it into
 * index.html (see vite.config.ts) so that the header, the section headings and placeholders of
 * the final size are painted as soon as the HTML and CSS arrive, not after the scripts have run.
 * The browser then hydrates it (src/main.tsx): React takes over these elements rather than
 * drawing them again.
 */
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { Root } from './root';

export function renderShell(): string {
  return renderToString(<Root queryClient={new QueryClient()} />);
}
