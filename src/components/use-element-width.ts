import { type RefObject, startTransition, useLayoutEffect, useState } from 'react';

/**
 * The content width of an element, from a ResizeObserver: it reports after the browser's own
 * layout, so reading it never forces an extra one (measuring with getBoundingClientRect during
 * React's commit did, for every chart). Null until the first report, and on the server (the
 * prerendered page); `fallback` in a browser without ResizeObserver (jsdom in tests).
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
): number | null {
  const [width, setWidth] = useState<number | null>(
    typeof ResizeObserver === 'undefined' && typeof window !== 'undefined' ? fallback : null,
  );
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      // A transition: a plot drawn again at its measured width (a phone's, after the page drawn
      // for a desk was taken over) is drawn in short tasks, not one long one.
      if (measured > 0) startTransition(() => setWidth(measured));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
