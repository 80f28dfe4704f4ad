import type { MouseEvent } from 'react';

/**
 * A click handler for a link that the page can follow without reloading: a plain click calls
 * `follow` instead of navigating; with a modifier key or another button the browser does what it
 * would (a new tab, a new window), so every such link stays a real link.
 */
export function followInPlace(follow: () => void) {
  return (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    follow();
  };
}
