/**
 * The words of a chart's download and embed panel, and of the embedded chart's link to the whole
 * dashboard (each loaded with its code), in English (the reference catalogue).
 */

export const takeAway = {
  png: 'Download PNG',
  svg: 'Download SVG',
  embedLabel: 'Embed this chart in a page (copy this code):',
  saved: (kind: string): string => `The ${kind} image is downloaded.`,
  failed: (reason: string): string => `The image could not be made (${reason}).`,
  /** Under an embedded chart (embed-view.tsx). */
  openFull: 'Open the full dashboard',
};
