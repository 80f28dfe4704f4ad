import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { beginTakeover } from '../components/use-hydrated';
import { JHU_RUSSIA, OFFICIAL_RUSSIA, RUSSIA } from '../data/series';
import { seriesQuery } from '../queries/use-series';
import { parseViewParams } from '../view-state/view-state';
import { replayClicks, takeEarlyClicks } from './early-clicks';
import { createQueryClient } from './query-client';
import { Root } from './root';
import { registerServiceWorker } from './service-worker';

/**
 * Starts the page, once its language is set (see src/main.tsx and src/main-ru.tsx): asks for the
 * data, then takes over the prerendered HTML, or draws the view the link asks for in its place.
 */
export function boot(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element');

  const queryClient = createQueryClient();
  // Ask for the data before the first render rather than in its effects: it is then parsed while
  // React takes over the page, and the figures can follow in the next frame.
  const { view } = parseViewParams(window.location.search);
  const series = queryClient.prefetchQuery(seriesQuery({ place: RUSSIA, source: view.source }));
  // The latest official report has no totals (the running sums stop on 2022-03-11), so the
  // default view's cards show JHU's beside it: asked for at once, the cards are drawn complete in
  // one go instead of growing when JHU's file arrives.
  const latestNational =
    view.region === RUSSIA && view.source === 'official' && view.to === null && view.focus === null;
  const jhu = latestNational ? queryClient.prefetchQuery(seriesQuery(JHU_RUSSIA)) : null;

  const draw = (takeOver: boolean) => {
    const root = <Root queryClient={queryClient} />;
    // From here on React hears the page's buttons itself (pressed while it takes the page over,
    // it hydrates at once and answers); those pressed before are pressed again once it listens,
    // or dropped if the page is drawn anew: its buttons are new ones.
    const earlyClicks = takeEarlyClicks();
    if (takeOver) {
      // In a transition: React then takes the page over in short tasks that the browser can
      // interleave with input and painting, instead of one long task for the whole page (on a
      // slow phone, hundreds of ms). Nothing changes on screen meanwhile: it is the same page.
      beginTakeover();
      startTransition(() => {
        hydrateRoot(container, root);
      });
      void replayClicks(earlyClicks);
    } else {
      // At once: the prerendered default view must give way to the view asked for (or the error).
      createRoot(container).render(root);
    }
  };
  // The build's HTML is the default view (the address without a query), drawn with the two
  // national series (src/app/render-shell.tsx). It is taken over once both are in the cache, so
  // that React's first render gives the same elements; if either failed, the page is drawn anew
  // with the error instead. Any other view, and the dev server's empty page, is drawn anew at once
  // (the prerendered figures are hidden meanwhile: see the script in index.html).
  const prerendered = container.firstElementChild !== null && window.location.search === '';
  if (prerendered && jhu) {
    void Promise.all([series, jhu]).then(() => {
      const ready = [OFFICIAL_RUSSIA, JHU_RUSSIA].every(
        (key) => queryClient.getQueryState(seriesQuery(key).queryKey)?.status === 'success',
      );
      draw(ready);
    });
  } else {
    draw(false);
  }
  registerServiceWorker();
}
