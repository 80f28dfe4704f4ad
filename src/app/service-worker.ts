/**
 * Registers the service worker (src/service-worker/sw.ts, built into sw.js at the app's root) so
 * that the dashboard opens without a network after one visit. Production builds only: the dev
 * server's files change all the time.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // After the page has loaded: the worker's first downloads never compete with the page's own.
  window.addEventListener('load', () => {
    const root = import.meta.env.BASE_URL;
    navigator.serviceWorker.register(`${root}sw.js`, { scope: root, type: 'module' }).catch(() => {
      // No worker (a private window, a browser that refuses it): the page works as before, only
      // not offline. Nothing to tell the reader.
    });
  });
}
