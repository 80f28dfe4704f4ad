import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while React takes over the prerendered page (and on the server), true after. Anything that
 * can already be known in the browser before the page is taken over (data that arrived first) must
 * wait for this, or the first render would not match the prerendered HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
