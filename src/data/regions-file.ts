/**
 * The files that hold every region at once, for the views that compare regions (the ranking, and
 * the map to come):
 *
 *   data/regions/catalogue.json      the 85 regions: code, names in English and Russian, federal
 *                                    district, resident population (Rosstat, 1 January 2020)
 *   data/regions/official-YYYY.json  each region's daily new cases and deaths for one year, with
 *                                    the running sums at the end of the year before, so that any
 *                                    range's totals come from at most the two files of its ends
 *
 * Validated where they enter (parseRegionCatalogue, parseRegionYear), typed after.
 */
import { displayValue } from './format';
import { addDays, daysBetween, type IsoDate, isIsoDate } from './iso-date';
import { type JsonFileResult, readJsonFile } from './json-file';
import * as shape from './json-shape';
import { isPlaceCode, type PlaceCode } from './series';

export const CATALOGUE_FORMAT = 'russia-covid19-regions';
export const REGION_YEAR_FORMAT = 'russia-covid19-region-days';
export const REGIONS_FILE_VERSION = 1;

const placeCode = shape.refine(
  shape.string,
  (value): value is PlaceCode => isPlaceCode(value) && value !== 'RU',
  'Expected a region code such as RU-MOW',
);

const regionShape = shape.object({
  code: placeCode,
  nameEn: shape.string,
  nameRu: shape.string,
  districtEn: shape.string,
  districtRu: shape.string,
  population: shape.refine(
    shape.number,
    (value): value is number => Number.isInteger(value) && value > 0,
    'Expected a population, a whole number above 0',
  ),
});
export type Region = shape.Infer<typeof regionShape>;

const catalogueShape = shape.object({
  format: shape.literal(CATALOGUE_FORMAT),
  version: shape.literal(REGIONS_FILE_VERSION),
  meta: shape.object({
    generatedAt: shape.string,
    /** The report dates the year files cover. */
    firstDate: shape.refine(shape.string, isIsoDate, 'Expected a date YYYY-MM-DD'),
    lastDate: shape.refine(shape.string, isIsoDate, 'Expected a date YYYY-MM-DD'),
    populationAsOf: shape.string,
    populationSource: shape.string,
    /** How the national series relates to the sum of the regions (computed by the data script). */
    nationalVsRegions: shape.object({
      daysCompared: shape.number,
      daysEqual: shape.number,
      largestDifference: shape.object({ date: shape.string, cases: shape.number }),
    }),
  }),
  regions: shape.arrayOf(regionShape),
});
export type RegionCatalogue = shape.Infer<typeof catalogueShape>;

/** The regions by federal district, districts in alphabetical order (for lists to browse). */
export function regionsByDistrict(regions: readonly Region[]): [string, Region[]][] {
  const groups = new Map<string, Region[]>();
  for (const region of regions) {
    groups.set(region.districtEn, [...(groups.get(region.districtEn) ?? []), region]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b, 'en'));
}

export type RegionsFileResult<T> = JsonFileResult<T>;

export function parseRegionCatalogue(text: string): RegionsFileResult<RegionCatalogue> {
  const result = readJsonFile(text, catalogueShape, 'the regions file');
  if (!result.ok) return result;
  const seen = new Set<string>();
  for (const region of result.value.regions) {
    if (seen.has(region.code)) {
      return { ok: false, problems: [`Region ${region.code} is listed twice.`] };
    }
    seen.add(region.code);
  }
  return { ok: true, value: result.value };
}

/** Running sums of a region's known daily values up to and including a day. */
export interface RunningSums {
  readonly cases: number;
  readonly deaths: number;
  /** Days without a figure for new cases (no report, or before the region's first report). */
  readonly missing: number;
}

export interface RegionYearSeries {
  /** The sums at the end of the day before `firstDate`. */
  readonly base: RunningSums;
  /** One entry per day from `firstDate` to `lastDate`; null where nothing is known. */
  readonly newCases: readonly (number | null)[];
  readonly newDeaths: readonly (number | null)[];
}

export interface RegionYear {
  readonly year: number;
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  readonly regions: ReadonlyMap<PlaceCode, RegionYearSeries>;
}

const sumsShape = shape.object({
  cases: shape.number,
  deaths: shape.number,
  missing: shape.number,
});
const yearShape = shape.object({
  format: shape.literal(REGION_YEAR_FORMAT),
  version: shape.literal(REGIONS_FILE_VERSION),
  year: shape.number,
  firstDate: shape.refine(shape.string, isIsoDate, 'Expected a date YYYY-MM-DD'),
  lastDate: shape.refine(shape.string, isIsoDate, 'Expected a date YYYY-MM-DD'),
  regions: shape.unknown,
});

/** A daily value: an integer (negative where a total was revised down) or null. */
const isDaily = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isSafeInteger(value));

/** What a year file must hold, from the catalogue: every region, and the dates of that year. */
export interface RegionYearExpectation {
  readonly codes: readonly PlaceCode[];
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
}

export function parseRegionYear(
  text: string,
  year: number,
  expected: RegionYearExpectation,
): RegionsFileResult<RegionYear> {
  const envelope = readJsonFile(text, yearShape, 'the regions file');
  if (!envelope.ok) return envelope;
  const { firstDate, lastDate } = envelope.value;
  if (
    envelope.value.year !== year ||
    firstDate.slice(0, 4) !== String(year) ||
    lastDate < firstDate
  ) {
    return { ok: false, problems: [`The regions file is not the file of ${year}.`] };
  }
  // A file cut short, or one that lost a region, would count the missing days or region as 0.
  const yearStart = `${year}-01-01` < expected.firstDate ? expected.firstDate : `${year}-01-01`;
  const yearEnd = `${year}-12-31` > expected.lastDate ? expected.lastDate : `${year}-12-31`;
  if (firstDate !== yearStart || lastDate !== yearEnd) {
    return {
      ok: false,
      problems: [
        `The regions file of ${year} covers ${firstDate} to ${lastDate}, not ${yearStart} to ${yearEnd}.`,
      ],
    };
  }
  const days = daysBetween(firstDate, lastDate) + 1;
  const raw = envelope.value.regions;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: ['At "regions": Expected an object of regions.'] };
  }
  const problems: string[] = [];
  const regions = new Map<PlaceCode, RegionYearSeries>();
  for (const [code, entry] of Object.entries(raw as Record<string, unknown>)) {
    const name = displayValue(code);
    if (!isPlaceCode(code)) {
      problems.push(`"${name}" is not a region code.`);
      continue;
    }
    const series = shape.readShape(
      shape.object({ base: sumsShape, newCases: shape.unknown, newDeaths: shape.unknown }),
      entry,
    );
    if (!series.ok) {
      problems.push(
        `Region ${name}: ${series.problems.map((p) => `${p.path} ${p.detail}`).join('; ')}.`,
      );
      continue;
    }
    const { newCases, newDeaths } = series.value;
    for (const [field, values] of [
      ['newCases', newCases],
      ['newDeaths', newDeaths],
    ] as const) {
      if (!Array.isArray(values) || values.length !== days) {
        problems.push(`Region ${name}, ${field}: expected ${days} days, one per date.`);
      } else {
        const bad = values.findIndex((value) => !isDaily(value));
        if (bad >= 0) {
          problems.push(
            `Region ${name}, ${field}, ${addDays(firstDate, bad)}: "${displayValue(String(values[bad]))}" is not a count.`,
          );
        }
      }
    }
    if (problems.length === 0) {
      regions.set(code, {
        base: series.value.base,
        newCases: newCases as (number | null)[],
        newDeaths: newDeaths as (number | null)[],
      });
    }
    if (problems.length >= 10) break;
  }
  const absent = expected.codes.filter((code) => !regions.has(code));
  if (problems.length === 0 && absent.length > 0) {
    problems.push(
      `The regions file of ${year} has no figures for ${absent.length} ${absent.length === 1 ? 'region' : 'regions'} (${absent.slice(0, 3).join(', ')}${absent.length > 3 ? '…' : ''}).`,
    );
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: { year, firstDate, lastDate, regions } };
}
