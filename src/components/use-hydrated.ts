import { startTransition, useEffect, useState } from 'react';

/**
 * Whether React is taking over prerendered HTML: true on the server (the build's prerender) and,
 * in the browser, from `beginTakeover` until the first effects after the takeover have run.
 */
let takingOver = typeof window === 'undefined';

/** Called just before the prerendered page is taken over (src/app/boot.tsx). */
export function beginTakeover(): void {
  takingOver = true;
}

/**
 * False while React takes over the prerendered page (and on the server), true after. Anything that
 * can already be known in the browser before the page is taken over (data that arrived first) must
 * wait for this, or the first render would not match the prerendered HTML.
 *
 * After a takeover, the switch to true is a transition: every component using this renders again,
 * the whole page among them, and as a transition that work is cut into short tasks instead of one
 * long one (75 ms at CPU x4) right after the takeover. A page drawn anew (a linked view) and every
 * component mounted after the takeover are hydrated from their first render.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(!takingOver);
  useEffect(() => {
    takingOver = false;
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
