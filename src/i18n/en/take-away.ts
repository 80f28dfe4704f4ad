/** The words of a chart's download and embed panel, in English (the reference catalogue). */

export const takeAway = {
  png: 'Download PNG',
  svg: 'Download SVG',
  embedLabel: 'Embed this chart in a page (copy this code):',
  saved: (kind: string): string => `The ${kind} image is downloaded.`,
  failed: (reason: string): string => `The image could not be made (${reason}).`,
};
