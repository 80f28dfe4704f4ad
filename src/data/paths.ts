/**
 * Where the shipped files live, relative to public/ (and to the app's root URL). One place for
 * the data script that writes them, the app that loads them and the build that preloads them.
 *
 * These are the files' logical paths. The data files are served under names that carry a hash of
 * their content (`data/series/official-RU.1a2b3c4d.json`, see `hashedName`), so that a browser or
 * a CDN may keep them for ever: a changed file is a new name. file-names.ts maps one to the other.
 */
import type { SeriesKey } from './series';

/** The story as published: not data, and not renamed (it never changes). */
export const ARTICLE_TEXT_PATH = 'article/source-article.txt';

/** The file of one series: `data/series/official-RU.json`. */
export function seriesPath(key: SeriesKey): string {
  return `data/series/${key.source}-${key.place}.json`;
}

/** The 85 regions: names, federal districts, population (see regions-file.ts). */
export const REGION_CATALOGUE_PATH = 'data/regions/catalogue.json';

/** Every region's days of one year, from the official reports. */
export function regionYearPath(year: number): string {
  return `data/regions/official-${year}.json`;
}

/** The 85 regions' shapes, projected and simplified by the data script (see map-file.ts). */
export const MAP_SHAPES_PATH = 'data/map/regions.json';

/** How many hex digits of the SHA-256 of a file's content its served name carries. */
export const NAME_HASH_LENGTH = 8;

/**
 * The served name of the file at `logical` whose content's SHA-256 (hex) starts with `hash` (its
 * first `NAME_HASH_LENGTH` digits), which goes before the extension: `data/map/regions.0f3c9a1b.json`.
 */
export function hashedName(logical: string, hash: string): string {
  const dot = logical.lastIndexOf('.');
  if (dot <= logical.lastIndexOf('/')) throw new Error(`${logical} has no extension`);
  if (!new RegExp(`^[0-9a-f]{${NAME_HASH_LENGTH}}$`).test(hash)) {
    throw new Error(`"${hash}" is not ${NAME_HASH_LENGTH} hex digits of a SHA-256`);
  }
  return `${logical.slice(0, dot)}.${hash}${logical.slice(dot)}`;
}

/** Logical path -> the hash in its served name (src/data/file-names/, written by npm run data). */
export type FileNames = Readonly<Record<string, string>>;

/** The served name of `logical` by `names`; a file the data script did not write is an error. */
export function nameIn(names: FileNames, logical: string): string {
  const hash = names[logical];
  if (hash === undefined) throw new Error(`${logical} is not a file that npm run data wrote`);
  return hashedName(logical, hash);
}
