/**
 * Registers the service worker (src/service-worker/sw.ts, built into sw.js at the app's root) so
 * that the dashboard opens without a network after one visit. Production builds only: the dev
 * server's files change all the time.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Once the page has loaded and the browser is idle: the worker's first downloads (the whole
  // build, to open offline) never compete with what the page itself is loading. The page's code
  // is asked for after the first paint (scripts/lib/start-after-paint.ts), so the load event has
  // usually fired before this runs.
  const whenLoaded = (then: () => void) => {
    if (document.readyState === 'complete') then();
    else window.addEventListener('load', then, { once: true });
  };
  whenLoaded(() => {
    const register = () => {
      const root = import.meta.env.BASE_URL;
      navigator.serviceWorker
        .register(`${root}sw.js`, { scope: root, type: 'module' })
        .catch(() => {
          // No worker (a private window, a browser that refuses it): the page works as before,
          // only not offline. Nothing to tell the reader.
        });
    };
    // Safari has no requestIdleCallback: a moment after load will do there.
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(register, { timeout: 5_000 });
    } else setTimeout(register, 2_000);
  });
}
