import { type RefObject, useEffect, useState } from 'react';

/**
 * Becomes true once the element comes within `margin` of the screen, and stays true: for parts of
 * the page below the fold whose data and code can wait until someone scrolls towards them. True at
 * once in a browser without IntersectionObserver (jsdom in tests, very old browsers).
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '400px'): boolean {
  // Never near when prerendered (no window): the server must not start loading what it waits for.
  const [near, setNear] = useState(
    typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined',
  );
  useEffect(() => {
    const element = ref.current;
    if (near || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
