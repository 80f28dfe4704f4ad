/**
 * The regional inputs, read strictly, and the files made from them (see src/data/regions-file.ts):
 * one series per region, the catalogue of regions, and one file of all regions' days per year.
 * Pure functions: the data script does the reading and writing.
 */
import { addDays, daysBetween, type IsoDate, isIsoDate } from '../../src/data/iso-date';
import {
  CATALOGUE_FORMAT,
  REGION_YEAR_FORMAT,
  REGIONS_FILE_VERSION,
  type Region,
  type RegionCatalogue,
  type RunningSums,
} from '../../src/data/regions-file';
import { isPlaceCode, type PlaceCode } from '../../src/data/series';

/** A report row of our schema: date, then new and total cases, deaths, recoveries. */
export type Row = [string, ...(number | null)[]];

const DAILY_HEADER = 'date,region_code,region_name,new_cases,total_cases,new_deaths,total_deaths';

function splitLines(csv: string): string[] {
  const lines = csv.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** An integer cell (negative allowed where `signed`), or null for an empty cell. */
function count(cell: string, line: number, column: number, signed: boolean): number | null {
  if (cell === '') return null;
  if (!(signed ? /^-?\d+$/ : /^\d+$/).test(cell)) {
    throw new Error(`Line ${line}, column ${column}: "${cell}" is not a count`);
  }
  return Number(cell);
}

/** russia-regions-daily*.csv: every region's rows, in date order, as rows of our schema. */
export function parseRegionalDailyCsv(csv: string): Map<PlaceCode, Row[]> {
  const lines = splitLines(csv);
  if (lines[0] !== DAILY_HEADER) {
    throw new Error(`Line 1: expected header "${DAILY_HEADER}", found "${lines[0]}"`);
  }
  const byRegion = new Map<PlaceCode, Row[]>();
  lines.slice(1).forEach((text, index) => {
    const line = index + 2;
    const cells = text.split(',');
    if (cells.length !== 7) throw new Error(`Line ${line}: ${cells.length} cells, expected 7`);
    const [
      date = '',
      code = '',
      ,
      newCases = '',
      totalCases = '',
      newDeaths = '',
      totalDeaths = '',
    ] = cells;
    if (!isIsoDate(date)) throw new Error(`Line ${line}, column 1: "${date}" is not a date`);
    if (!isPlaceCode(code) || code === 'RU') {
      throw new Error(`Line ${line}, column 2: "${code}" is not a region code`);
    }
    const rows = byRegion.get(code) ?? [];
    const previous = rows[rows.length - 1];
    if (previous && previous[0] >= date) {
      throw new Error(`Line ${line}: ${code} ${date} is not after ${previous[0]}`);
    }
    rows.push([
      date,
      count(newCases, line, 4, true),
      count(totalCases, line, 5, false),
      count(newDeaths, line, 6, true),
      count(totalDeaths, line, 7, false),
      null,
      null,
    ]);
    byRegion.set(code, rows);
  });
  return byRegion;
}

/** Simple CSV rows (no quoted cells in these files; a quote is refused, not misread). */
function table(csv: string, header: string): string[][] {
  const lines = splitLines(csv);
  if (lines[0] !== header)
    throw new Error(`Line 1: expected header "${header}", found "${lines[0]}"`);
  return lines.slice(1).map((text, index) => {
    if (text.includes('"')) throw new Error(`Line ${index + 2}: quoted cells are not expected`);
    return text.split(',');
  });
}

/** russia-regions.csv and russia-regions-population.csv joined, with a check that they agree. */
export function buildCatalogueRegions(namesCsv: string, populationCsv: string): Region[] {
  const population = new Map<string, { value: number; asOf: string }>();
  table(populationCsv, 'region_code,region_name,population,as_of,source').forEach((cells, i) => {
    const [code = '', , value = '', asOf = ''] = cells;
    if (!/^\d+$/.test(value))
      throw new Error(`Population line ${i + 2}: "${value}" is not a count`);
    population.set(code, { value: Number(value), asOf });
  });
  const regions = table(
    namesCsv,
    'region_code,name_en,name_ru,federal_district_en,federal_district_ru',
  ).map((cells, i) => {
    const [code = '', nameEn = '', nameRu = '', districtEn = '', districtRu = ''] = cells;
    if (!isPlaceCode(code) || code === 'RU')
      throw new Error(`Regions line ${i + 2}: bad code "${code}"`);
    const people = population.get(code);
    if (!people) throw new Error(`Regions line ${i + 2}: no population for ${code}`);
    return { code, nameEn, nameRu, districtEn, districtRu, population: people.value };
  });
  if (regions.length !== population.size) {
    throw new Error(`${regions.length} regions named, ${population.size} with a population`);
  }
  return regions;
}

/** The year files: for each calendar year of the data, every region's days and its sums before. */
export function buildRegionYears(
  byRegion: ReadonlyMap<PlaceCode, readonly Row[]>,
  firstDate: IsoDate,
  lastDate: IsoDate,
) {
  const years: { year: number; text: string }[] = [];
  const sums = new Map<PlaceCode, { cases: number; deaths: number; missing: number }>();
  const byDate = new Map<PlaceCode, Map<string, Row>>();
  for (const [code, rows] of byRegion) {
    byDate.set(code, new Map(rows.map((row) => [row[0], row])));
    sums.set(code, { cases: 0, deaths: 0, missing: 0 });
  }
  for (let year = Number(firstDate.slice(0, 4)); year <= Number(lastDate.slice(0, 4)); year++) {
    const from = `${year}-01-01` < firstDate ? firstDate : (`${year}-01-01` as IsoDate);
    const to = `${year}-12-31` > lastDate ? lastDate : (`${year}-12-31` as IsoDate);
    const days = daysBetween(from, to) + 1;
    const regions: Record<
      string,
      { base: RunningSums; newCases: (number | null)[]; newDeaths: (number | null)[] }
    > = {};
    for (const [code, dates] of byDate) {
      const running = sums.get(code) as { cases: number; deaths: number; missing: number };
      const entry = {
        base: { ...running },
        newCases: [] as (number | null)[],
        newDeaths: [] as (number | null)[],
      };
      for (let i = 0; i < days; i++) {
        const row = dates.get(addDays(from, i));
        const cases = row?.[1] ?? null;
        const deaths = row?.[3] ?? null;
        entry.newCases.push(cases);
        entry.newDeaths.push(deaths);
        if (cases === null) running.missing++;
        else running.cases += cases;
        if (deaths !== null) running.deaths += deaths;
      }
      regions[code] = entry;
    }
    const file = {
      format: REGION_YEAR_FORMAT,
      version: REGIONS_FILE_VERSION,
      year,
      firstDate: from,
      lastDate: to,
      regions,
    };
    years.push({ year, text: `${JSON.stringify(file)}\n` });
  }
  return years;
}

/**
 * How the national series relates to the sum of the regions: on how many report dates with both
 * figures the national new cases equal the regions' sum, and the largest difference.
 */
export function compareNationalWithRegions(
  national: readonly Row[],
  byRegion: ReadonlyMap<PlaceCode, readonly Row[]>,
): RegionCatalogue['meta']['nationalVsRegions'] {
  const regionalSums = new Map<string, number>();
  for (const rows of byRegion.values()) {
    for (const row of rows) {
      const cases = row[1];
      if (cases !== null && cases !== undefined) {
        regionalSums.set(row[0], (regionalSums.get(row[0]) ?? 0) + cases);
      }
    }
  }
  let daysCompared = 0;
  let daysEqual = 0;
  let largestDifference = { date: '', cases: 0 };
  for (const row of national) {
    const cases = row[1];
    const sum = regionalSums.get(row[0]);
    if (cases === null || cases === undefined || sum === undefined) continue;
    daysCompared++;
    const difference = cases - sum;
    if (difference === 0) daysEqual++;
    if (Math.abs(difference) > Math.abs(largestDifference.cases)) {
      largestDifference = { date: row[0], cases: difference };
    }
  }
  return { daysCompared, daysEqual, largestDifference };
}

export function catalogueText(
  regions: readonly Region[],
  dates: { firstDate: IsoDate; lastDate: IsoDate },
  nationalVsRegions: RegionCatalogue['meta']['nationalVsRegions'],
): string {
  const catalogue: RegionCatalogue = {
    format: CATALOGUE_FORMAT,
    version: REGIONS_FILE_VERSION,
    meta: {
      generatedAt: new Date().toISOString(),
      ...dates,
      populationAsOf: '2020-01-01',
      populationSource:
        'Rosstat, estimate of the resident population on 1 January 2020 (PrPopul2020.xls), via covidatlas/coronadatascraper (BSD 2-Clause)',
      nationalVsRegions,
    },
    regions: [...regions],
  };
  return `${JSON.stringify(catalogue, null, 1)}\n`;
}
