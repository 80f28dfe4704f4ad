/**
 * One of our own JSON files (the list of regions, a year of all regions, the map's shapes) arrived
 * but failed its checks. The error states the facts; the page words them in its language.
 */

export type OwnFile =
  | { readonly kind: 'region-catalogue' }
  | { readonly kind: 'region-year'; readonly year: number }
  | { readonly kind: 'map-shapes' };

export class DamagedFileError extends Error {
  constructor(
    readonly file: OwnFile,
    /** What the checks found, as they word it (a diagnosis for whoever publishes the file). */
    readonly problems: readonly string[],
  ) {
    super(`${file.kind} is damaged: ${problems.join(' ')}`);
    this.name = 'DamagedFileError';
  }
}
