/**
 * What the map colours: for a report date, each region's new cases (or deaths) over the 7 days
 * ending that date per 100,000 residents, sorted into fixed bins. The bins never change with the
 * date, so the colours of two dates compare; a region whose 7 days are not all reported has no
 * rate ("not reported", drawn apart from zero).
 */
import { addDays, daysBetween, type IsoDate, maxDate, minDate } from './iso-date';
import { per100k } from './per-capita';
import type { DateRange } from './range';
import { sumsAt } from './ranking';
import type { Region, RegionYear } from './regions-file';
import type { PlaceCode } from './series';

export type MapMetric = 'cases' | 'deaths';
export const MAP_METRICS: readonly MapMetric[] = ['cases', 'deaths'];

/** The days a rate adds up, ending on the date shown. */
export const RATE_DAYS = 7;

/**
 * The lower bounds of the bins above the first (which starts at 0), per 100,000 over 7 days:
 * seven bins, fixed for the whole period. Cases grow about threefold a bin, from under 10
 * (spring 2020 outside Moscow) to 3,000 or more (Omicron, February 2022, peaked near 2,800);
 * deaths double, from under 0.25 to 8 or more (autumn 2021).
 */
export const MAP_BINS: Record<MapMetric, readonly number[]> = {
  cases: [10, 30, 100, 300, 1000, 3000],
  deaths: [0.25, 0.5, 1, 2, 4, 8],
};

export interface RegionRate {
  readonly code: PlaceCode;
  /** New cases or deaths in the 7 days; null when a day of them has no report. */
  readonly count: number | null;
  /** The count per 100,000 residents; null when the count is not known. */
  readonly rate: number | null;
  /** The index of the rate's bin (0 = lowest), or null when not known. */
  readonly bin: number | null;
}

/** The bin of a rate: 0 below the first bound, and so on; rates are never negative here. */
export function binOf(rate: number, bins: readonly number[]): number {
  let bin = 0;
  while (bin < bins.length && rate >= (bins[bin] as number)) bin++;
  return bin;
}

/** The years whose files the rates of `date` need: its own, and the one of the day before. */
export function yearsForRates(date: IsoDate, data: DateRange): number[] {
  const start = addDays(date, -RATE_DAYS);
  const years = [start, date]
    .filter((d) => d >= addDays(data.from, -1) && d <= data.to)
    .map((d) => Number(d.slice(0, 4)));
  return [...new Set(years)];
}

/**
 * The years whose files play through `range` needs: each frame's week reaches 7 days back, into
 * the year before for a range that starts in early January (within the regional files' dates).
 */
export function yearsForPlay(range: DateRange, data: DateRange): number[] {
  const first = Number(maxDate(addDays(range.from, -RATE_DAYS), data.from).slice(0, 4));
  const last = Number(minDate(range.to, data.to).slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/**
 * Each region's rate for the 7 days ending `date`; every rate null when `date` is outside the
 * regional data, or its year files are not among `years` yet.
 */
export function weeklyRates(
  regions: readonly Region[],
  years: ReadonlyMap<number, RegionYear>,
  date: IsoDate,
  data: DateRange,
  metric: MapMetric,
): RegionRate[] {
  const start = addDays(date, -RATE_DAYS);
  // A window that begins before the data has days that nobody reported.
  const covered = date <= data.to && daysBetween(data.from, start) >= -1;
  return regions.map((region) => {
    const end = covered ? sumsAt(years, region.code, date, data.from) : null;
    const before = covered ? sumsAt(years, region.code, start, data.from) : null;
    if (!end || !before || end.missing !== before.missing) {
      return { code: region.code, count: null, rate: null, bin: null };
    }
    const count = metric === 'cases' ? end.cases - before.cases : end.deaths - before.deaths;
    // A revision can make a week's sum negative; it is shown as reported, in the lowest bin.
    const rate = per100k(count, region.population);
    return { code: region.code, count, rate, bin: binOf(Math.max(0, rate), MAP_BINS[metric]) };
  });
}

/** What a summary sentence says: the highest and lowest known rates, and the top bin's size. */
export interface RatesSummary {
  readonly highest: RegionRate | null;
  readonly lowest: RegionRate | null;
  readonly known: number;
  /** The highest bin that has a region, and how many regions are in it. */
  readonly topBin: { readonly bin: number; readonly regions: number } | null;
}

export function summariseRates(rates: readonly RegionRate[]): RatesSummary {
  const known = rates.filter(
    (r): r is RegionRate & { rate: number; bin: number } => r.rate !== null,
  );
  if (known.length === 0) return { highest: null, lowest: null, known: 0, topBin: null };
  const sorted = [...known].sort((a, b) => b.rate - a.rate);
  const top = Math.max(...known.map((r) => r.bin));
  return {
    highest: sorted[0] ?? null,
    lowest: sorted[sorted.length - 1] ?? null,
    known: known.length,
    topBin: { bin: top, regions: known.filter((r) => r.bin === top).length },
  };
}
