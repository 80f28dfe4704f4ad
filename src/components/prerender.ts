import { createContext, useContext } from 'react';

/**
 * True while the page is rendered into the build's HTML (src/app/render-shell.tsx) and while the
 * browser takes that HTML over (src/app/boot.tsx): both renders must give the same elements, so
 * what the browser would measure (a plot's width) is taken as the build assumed it.
 */
export const PrerenderContext = createContext(false);

export function usePrerender(): boolean {
  return useContext(PrerenderContext);
}
