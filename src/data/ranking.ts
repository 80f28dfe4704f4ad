/**
 * All regions side by side for a range of report dates: cases and deaths in the range, per
 * 100,000 residents, and the 7-day trend at its end. Read from the year files of all regions'
 * days (regions-file.ts) with running sums, so a range costs two lookups per region, not a sum
 * over every day.
 */
import { addDays, daysBetween, type IsoDate, maxDate, minDate } from './iso-date';
import { per100k } from './per-capita';
import type { DateRange } from './range';
import type { Region, RegionYear, RegionYearSeries, RunningSums } from './regions-file';
import type { PlaceCode } from './series';

const prefixes = new WeakMap<RegionYearSeries, RunningSums[]>();

/** The running sums at the end of each day of a year's series (cached per series). */
function prefixSums(series: RegionYearSeries): RunningSums[] {
  let sums = prefixes.get(series);
  if (!sums) {
    sums = [];
    let { cases, deaths, missing } = series.base;
    for (let i = 0; i < series.newCases.length; i++) {
      const dayCases = series.newCases[i] ?? null;
      if (dayCases === null) missing++;
      else cases += dayCases;
      deaths += series.newDeaths[i] ?? 0;
      sums.push({ cases, deaths, missing });
    }
    prefixes.set(series, sums);
  }
  return sums;
}

const ZERO: RunningSums = { cases: 0, deaths: 0, missing: 0 };

/** The years whose files a range needs: the day before it starts, its end, and the trend's days. */
export function yearsNeeded(range: DateRange, data: DateRange): number[] {
  const dates = [addDays(range.from, -1), addDays(range.to, -14), range.to]
    .filter((date) => date >= data.from)
    .map((date) => minDate(date, data.to));
  return [...new Set(dates.map((date) => Number(date.slice(0, 4))))].sort();
}

/**
 * A region's running sums at the end of `date` (zero before the data starts, on `dataFrom`);
 * null when the year file of that date is not among `years`.
 */
export function sumsAt(
  years: ReadonlyMap<number, RegionYear>,
  code: PlaceCode,
  date: IsoDate,
  dataFrom: IsoDate,
): RunningSums | null {
  if (date < dataFrom) return ZERO;
  const year = years.get(Number(date.slice(0, 4)));
  if (!year) return null;
  const series = year.regions.get(code);
  if (!series) return ZERO;
  const index = daysBetween(year.firstDate, minDate(date, year.lastDate));
  return prefixSums(series)[index] ?? null;
}

export interface RankingRow {
  readonly region: Region;
  readonly cases: number;
  readonly deaths: number;
  readonly casesPer100k: number;
  readonly deathsPer100k: number;
  /** Change of the last 7 days' cases against the 7 before, in percent; null when not known. */
  readonly trend: number | null;
  /** Days in the range without a figure for new cases. */
  readonly missingDays: number;
  /** False when no day of the range has a figure: the sums are not 0 but unknown. */
  readonly known: boolean;
}

/** The part of `range` that the regional figures cover; null when none of it. */
export function clipRange(range: DateRange, data: DateRange): DateRange | null {
  const from = maxDate(range.from, data.from);
  const to = minDate(range.to, data.to);
  return from <= to ? { from, to } : null;
}

/** One row per region for `range` (clipped to `data`), in the catalogue's order. */
export function rankRegions(
  regions: readonly Region[],
  years: ReadonlyMap<number, RegionYear>,
  range: DateRange,
  data: DateRange,
): RankingRow[] | null {
  const clipped = clipRange(range, data);
  if (!clipped) return [];
  const { from, to } = clipped;
  const days = daysBetween(from, to) + 1;
  const rows: RankingRow[] = [];
  for (const region of regions) {
    const at = (date: IsoDate) => sumsAt(years, region.code, date, data.from);
    const before = at(addDays(from, -1));
    const end = at(to);
    const weekAgo = at(addDays(to, -7));
    const twoWeeksAgo = at(addDays(to, -14));
    if (!before || !end) return null; // a year file is still missing
    const cases = end.cases - before.cases;
    const deaths = end.deaths - before.deaths;
    let trend: number | null = null;
    if (weekAgo && twoWeeksAgo && end.missing === twoWeeksAgo.missing) {
      const last = end.cases - weekAgo.cases;
      const previous = weekAgo.cases - twoWeeksAgo.cases;
      trend = previous > 0 ? ((last - previous) / previous) * 100 : null;
    }
    rows.push({
      region,
      cases,
      deaths,
      casesPer100k: per100k(cases, region.population),
      deathsPer100k: per100k(deaths, region.population),
      trend,
      missingDays: end.missing - before.missing,
      known: end.missing - before.missing < days,
    });
  }
  return rows;
}

export const RANKING_COLUMNS = [
  'name',
  'cases',
  'casesPer100k',
  'deaths',
  'deathsPer100k',
  'trend',
] as const;
export type RankingColumn = (typeof RANKING_COLUMNS)[number];

/** The rows ordered by a column: names A-Z, figures highest first, unless `ascending` says. */
export function sortRanking(
  rows: readonly RankingRow[],
  column: RankingColumn,
  descending: boolean,
): RankingRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (column === 'name') return sign * a.region.nameEn.localeCompare(b.region.nameEn, 'en');
    // A figure of a region with no report in the range is unknown, not 0.
    const x = a.known || column === 'trend' ? a[column] : null;
    const y = b.known || column === 'trend' ? b[column] : null;
    // Unknown figures go last, whichever way the column is sorted.
    if (x === null || y === null) {
      return x === y ? a.region.nameEn.localeCompare(b.region.nameEn, 'en') : x === null ? 1 : -1;
    }
    return sign * (x - y) || a.region.nameEn.localeCompare(b.region.nameEn, 'en');
  });
}
