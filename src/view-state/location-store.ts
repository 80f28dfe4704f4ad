/**
 * The browser's location as an external store for React: components re-render when the query
 * string changes, whether by our own navigation or by Back and Forward.
 */
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function subscribeToLocation(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('popstate', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

export const getLocationSearch = (): string => window.location.search;

export type HistoryMode = 'push' | 'replace';

/**
 * Moves to `search` (a query string, '' for none). 'push' adds a history entry that Back returns
 * from; 'replace' changes the current one (used while a brush is dragged, and to tidy a link).
 */
export function navigateToSearch(search: string, mode: HistoryMode): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  notify();
}
