import { createRoot, hydrateRoot } from 'react-dom/client';
import { JHU_RUSSIA, RUSSIA } from '../data/series';
import { seriesQuery } from '../queries/use-series';
import { parseViewParams } from '../view-state/view-state';
import { createQueryClient } from './query-client';
import { Root } from './root';
import { registerServiceWorker } from './service-worker';

/**
 * Starts the page, once its language is set (see src/main.tsx and src/main-ru.tsx): asks for the
 * data, then takes over the prerendered HTML.
 */
export function boot(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');

  const queryClient = createQueryClient();
  // Ask for the data before the first render rather than in its effects: it is then parsed while
  // React takes over the page, and the figures can follow in the next frame.
  const { view } = parseViewParams(window.location.search);
  void queryClient.prefetchQuery(seriesQuery({ place: RUSSIA, source: view.source }));
  // The latest official report has no totals (the running sums stop on 2022-03-11), so the
  // default view's cards show JHU's beside it: asked for at once, the cards are drawn complete in
  // one go instead of growing when JHU's file arrives.
  const latestNational =
    view.region === RUSSIA && view.source === 'official' && view.to === null && view.focus === null;
  if (latestNational) void queryClient.prefetchQuery(seriesQuery(JHU_RUSSIA));

  const root = <Root queryClient={queryClient} />;
  // The production build ships the page's loading state as HTML (see src/app/render-shell.tsx);
  // the dev server does not.
  if (container.firstElementChild) hydrateRoot(container, root);
  else createRoot(container).render(root);
  registerServiceWorker();
}
