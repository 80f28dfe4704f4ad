/**
 * The places of the dashboard: Russia as a whole and its 85 regions, by the codes of the official
 * reports (ISO 3166-2:RU, with RU-CR and RU-SEV for Crimea and Sevastopol as those reports count
 * them). The codes are built into the app (npm run data writes region-codes.json), so that a link
 * can be checked before any file has loaded; names and populations come with the catalogue file.
 */
import regionCodes from './region-codes.json';
import { type PlaceCode, RUSSIA } from './series';

export const REGION_CODES: readonly PlaceCode[] = regionCodes as PlaceCode[];
const KNOWN = new Set<string>(REGION_CODES);

/** True for RU and for the code of one of the 85 regions. */
export function isKnownPlace(value: string): value is PlaceCode {
  return value === RUSSIA || KNOWN.has(value);
}

/**
 * Russia's resident population on 1 January 2020: the sum of its 85 regions (146,745,098,
 * Rosstat's own total), Crimea and Sevastopol included as in the official reports.
 */
export function russiaPopulation(regions: readonly { readonly population: number }[]): number {
  return regions.reduce((sum, region) => sum + region.population, 0);
}
