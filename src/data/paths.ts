/**
 * Where the shipped files live, relative to public/ (and to the site's base URL). One place for
 * the data script that writes them, the app that loads them and the build that preloads them.
 */
import type { SeriesKey } from './series';

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
