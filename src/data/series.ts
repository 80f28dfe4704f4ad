/**
 * A series is the figures of one place from one source: the unit the data files, the datasets and
 * the view are keyed by (the model of Our World in Data's entity x source tables).
 *
 *   place:  RU (Russia as a whole) or a region's code (RU-MOW, ..., RU-CR and RU-SEV as the
 *           official reports code Crimea and Sevastopol)
 *   source: official (the government's daily reports) or jhu (Johns Hopkins CSSE)
 */

export const SOURCE_IDS = ['official', 'jhu'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

declare const placeBrand: unique symbol;
/** `RU`, or a region code such as `RU-MOW`. */
export type PlaceCode = string & { readonly [placeBrand]: true };

export const RUSSIA = 'RU' as PlaceCode;

const PLACE_CODE_PATTERN = /^RU(-[A-Z]{2,3})?$/;

/** True for `RU` and for codes in the form of a Russian region's (`RU-` and 2-3 capitals). */
export function isPlaceCode(value: unknown): value is PlaceCode {
  return typeof value === 'string' && PLACE_CODE_PATTERN.test(value);
}

export interface SeriesKey {
  readonly place: PlaceCode;
  readonly source: SourceId;
}

export const OFFICIAL_RUSSIA: SeriesKey = { place: RUSSIA, source: 'official' };
export const JHU_RUSSIA: SeriesKey = { place: RUSSIA, source: 'jhu' };

/** "official/RU": a stable name for logs, messages and cache keys. */
export function seriesName(key: SeriesKey): string {
  return `${key.source}/${key.place}`;
}
