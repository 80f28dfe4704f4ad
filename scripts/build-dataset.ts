/**
 * Regenerates the data the app ships, from the team's reference files in ../shared:
 *   data/russia-national-daily-2020-2023.csv         -> public/data/series/official-RU.json
 *   data/jhu-russia-sample/time_series_covid19_{confirmed,deaths}_global.*.csv (JHU's own format,
 *     read by the JHU importer)                      -> public/data/series/jhu-RU.json
 *   data/russia-regions-daily-2020-2023.csv          -> public/data/series/official-RU-XXX.json
 *                                                      (one per region) and
 *                                                      public/data/regions/official-YYYY.json
 *   data/russia-regions.csv, -population.csv         -> public/data/regions/catalogue.json and
 *                                                      src/data/region-codes.json (the codes,
 *                                                      built into the app to check links)
 *   article/source-article.txt                       -> public/article/source-article.txt
 *   sources/map/ (Natural Earth, committed)          -> public/data/map/regions.json
 *
 * Each file under public/data/ is written under a name with a hash of its content before the
 * extension (`official-RU.1a2b3c4d.json`, see src/data/paths.ts), so that it can be cached for
 * ever, and the names are written to src/data/file-names/ for the app (see file-names.ts). Files
 * under public/data/ that this run did not write (older names) are removed.
 *
 * Usage: npm run data [-- --shared ../shared]
 *
 * Inputs are read strictly (exact header, integers or empty cells), converted to our schema (one
 * file per series), then validated with the same parser the app uses before anything is written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isoDate } from '../src/data/iso-date';
import { parseMapFile } from '../src/data/map-file';
import {
  ARTICLE_TEXT_PATH,
  hashedName,
  MAP_SHAPES_PATH,
  NAME_HASH_LENGTH,
  REGION_CATALOGUE_PATH,
  regionYearPath,
  seriesPath,
} from '../src/data/paths';
import {
  describeProblem,
  REPORT_COLUMNS,
  REPORT_FILE_FORMAT,
  REPORT_FILE_VERSION,
  type ReportFileMeta,
  validateReportFile,
} from '../src/data/report-file';
import { JHU_RUSSIA, OFFICIAL_RUSSIA, RUSSIA, type SeriesKey } from '../src/data/series';
import { REGIONAL_DETAILS, SOURCE_DETAILS } from '../src/data/source-details';
import { MAP_SOURCE_PATH } from './extract-map-source';
import { describeProblem as describeJhuProblem, readJhuTimeSeries } from './lib/jhu-time-series';
import { buildMapFile } from './lib/map-shapes';
import {
  buildCatalogueRegions,
  buildRegionYears,
  catalogueText,
  compareNationalWithRegions,
  parseRegionalDailyCsv,
} from './lib/regional-files';

const UPSTREAM_HEADER =
  'date,new_cases,total_cases,new_deaths,total_deaths,new_recovered,total_recovered';

type Row = [string, ...(number | null)[]];

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** The data files written by this run: logical path -> the hash in its name (src/data/paths.ts). */
const served = new Map<string, string>();

/** Writes a data file under its content-hashed name and returns that name. */
function writeData(logical: string, text: string): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, NAME_HASH_LENGTH);
  const name = hashedName(logical, hash);
  write(`public/${name}`, text);
  served.set(logical, hash);
  return name;
}

/** The national series: a page may ask for them at start, so their names are in its first download. */
const START_FILES = new Set([seriesPath(OFFICIAL_RUSSIA), seriesPath(JHU_RUSSIA)]);

/** One file a line, in a stable order, as the formatter (Biome) writes JSON. */
function namesText(names: readonly [string, string][]): string {
  const sorted = [...names].sort(([a], [b]) => a.localeCompare(b));
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}

/**
 * Writes the names of this run's data files for the app (src/data/file-names/), and removes the
 * files under public/data/ that it did not write: an older name of a file is never served again.
 */
function writeNamesAndPrune(): void {
  const entries = [...served];
  write(
    'src/data/file-names/start.json',
    namesText(entries.filter(([logical]) => START_FILES.has(logical))),
  );
  write(
    'src/data/file-names/later.json',
    namesText(entries.filter(([logical]) => !START_FILES.has(logical))),
  );
  const kept = new Set([...served].map(([logical, hash]) => hashedName(logical, hash)));
  let removed = 0;
  for (const entry of readdirSync('public/data', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative('public', join(entry.parentPath, entry.name)).split('\\').join('/');
    if (kept.has(path)) continue;
    rmSync(join('public', path));
    removed += 1;
  }
  console.log(
    `Wrote src/data/file-names/ (${served.size} data files); removed ${removed} older files`,
  );
}

/** Parses the upstream CSV; throws with the line number on anything unexpected. */
export function parseUpstreamCsv(csv: string): Row[] {
  const lines = csv.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== UPSTREAM_HEADER) {
    throw new Error(`Line 1: expected header "${UPSTREAM_HEADER}", found "${lines[0]}"`);
  }
  return lines.slice(1).map((line, index) => {
    const cells = line.split(',');
    if (cells.length !== REPORT_COLUMNS.length) {
      throw new Error(
        `Line ${index + 2}: ${cells.length} cells, expected ${REPORT_COLUMNS.length}`,
      );
    }
    const [date = '', ...counts] = cells;
    return [
      date,
      ...counts.map((cell, column) => {
        if (cell === '') return null;
        if (!/^\d+$/.test(cell)) {
          throw new Error(`Line ${index + 2}, column ${column + 2}: "${cell}" is not a count`);
        }
        return Number(cell);
      }),
    ];
  });
}

/** The series the data script writes, and where each comes from. */
const OUTPUTS = {
  official: {
    key: OFFICIAL_RUSSIA,
    title: 'Russia: officially reported COVID-19 figures, national daily reports',
    input: 'data/russia-national-daily-2020-2023.csv',
  },
  jhu: {
    key: JHU_RUSSIA,
    title: 'Russia: COVID-19 cases and deaths in the JHU CSSE global time series',
    input: 'data/jhu-russia-sample/time_series_covid19_{confirmed,deaths}_global.russia-sample.csv',
  },
} as const;

function buildMeta(
  key: SeriesKey,
  title: string,
  input: string,
  rows: Row[],
  inputSha256: string,
): ReportFileMeta {
  // A region's file names the archives and notes of the regional series, not the national ones.
  const source = key.place === RUSSIA ? SOURCE_DETAILS[key.source] : REGIONAL_DETAILS;
  return {
    title,
    series: { place: key.place, source: key.source },
    dateConvention: source.dateConvention,
    firstDate: rows[0]?.[0] ?? '',
    lastDate: rows[rows.length - 1]?.[0] ?? '',
    rowCount: rows.length,
    generatedAt: new Date().toISOString(),
    generatedBy: `scripts/build-dataset.ts from ${input} (team reference data)`,
    inputSha256,
    sources: [...source.references],
    notes: [...source.notes],
  };
}

/** Writes one row per line so that a regenerated file diffs by day. */
function serialise(file: { meta: ReportFileMeta; rows: Row[] }): string {
  const head = JSON.stringify(
    {
      format: REPORT_FILE_FORMAT,
      version: REPORT_FILE_VERSION,
      meta: file.meta,
      columns: REPORT_COLUMNS,
    },
    null,
    2,
  );
  const rows = file.rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  return `${head.slice(0, -2)},\n  "rows": [\n${rows}\n  ]\n}\n`;
}

/** JHU's totals as rows of our schema: the daily values are left to be derived from them. */
function jhuRows(shared: string): { rows: Row[]; sha256: string } {
  const read = (kind: 'confirmed' | 'deaths') =>
    readFileSync(
      resolve(
        shared,
        `data/jhu-russia-sample/time_series_covid19_${kind}_global.russia-sample.csv`,
      ),
      'utf8',
    );
  const confirmed = read('confirmed');
  const deaths = read('deaths');
  const result = readJhuTimeSeries(confirmed, deaths);
  if (!result.ok) {
    throw new Error(`JHU files refused:\n${result.problems.map(describeJhuProblem).join('\n')}`);
  }
  return {
    rows: result.rows.map((r) => [r.date, null, r.totalCases, null, r.totalDeaths, null, null]),
    sha256: createHash('sha256').update(confirmed).update(deaths).digest('hex'),
  };
}

function writeSeries(key: SeriesKey, title: string, input: string, rows: Row[], sha256: string) {
  const meta = buildMeta(key, title, input, rows, sha256);
  const text = serialise({ meta, rows });
  const check = validateReportFile(JSON.parse(text), { expected: key });
  if (!check.ok) {
    throw new Error(
      `Generated file does not validate:\n${check.problems.map(describeProblem).join('\n')}`,
    );
  }
  const name = writeData(seriesPath(key), text);
  return { meta, name };
}

function report({ meta, name }: { meta: ReportFileMeta; name: string }): void {
  console.log(`Wrote ${name}: ${meta.rowCount} reports, ${meta.firstDate}..${meta.lastDate}`);
}

/** One series per region, the catalogue, the year files, and the codes the app checks links by. */
function writeRegions(shared: string, nationalRows: Row[]): void {
  const input = 'data/russia-regions-daily-2020-2023.csv';
  const csv = readFileSync(resolve(shared, input), 'utf8');
  const sha = createHash('sha256').update(csv).digest('hex');
  const byRegion = parseRegionalDailyCsv(csv);
  const regions = buildCatalogueRegions(
    readFileSync(resolve(shared, 'data/russia-regions.csv'), 'utf8'),
    readFileSync(resolve(shared, 'data/russia-regions-population.csv'), 'utf8'),
  );
  const named = new Set(regions.map((region) => region.code));
  for (const code of byRegion.keys()) {
    if (!named.has(code)) throw new Error(`${code} has figures but no name or population`);
  }
  if (named.size !== byRegion.size) throw new Error('A named region has no figures');

  for (const region of regions) {
    const rows = byRegion.get(region.code) as Row[];
    writeSeries(
      { place: region.code, source: 'official' },
      `${region.nameEn}: officially reported COVID-19 figures, daily reports`,
      input,
      rows,
      sha,
    );
  }
  console.log(`Wrote ${regions.length} regional series (data/series/official-RU-*.<hash>.json)`);

  const first = nationalRows[0]?.[0];
  const last = nationalRows[nationalRows.length - 1]?.[0];
  if (!first || !last) throw new Error('The national series is empty');
  for (const { year, text } of buildRegionYears(byRegion, isoDate(first), isoDate(last))) {
    console.log(`Wrote ${writeData(regionYearPath(year), text)}`);
  }
  const comparison = compareNationalWithRegions(nationalRows, byRegion);
  const catalogueName = writeData(
    REGION_CATALOGUE_PATH,
    catalogueText(regions, { firstDate: isoDate(first), lastDate: isoDate(last) }, comparison),
  );
  console.log(
    `Wrote ${catalogueName}: national new cases equal the regions' sum on ${comparison.daysEqual} of ${comparison.daysCompared} report dates; largest difference ${comparison.largestDifference.cases} on ${comparison.largestDifference.date}`,
  );
  // One code a line, as the formatter (Biome) writes JSON.
  write(
    'src/data/region-codes.json',
    `${JSON.stringify(
      regions.map((r) => r.code),
      null,
      2,
    )}\n`,
  );
}

/** The map's shapes, from the committed Natural Earth topology, checked as the app reads them. */
function writeMap(): void {
  const source = JSON.parse(readFileSync(MAP_SOURCE_PATH, 'utf8'));
  const text = `${JSON.stringify(buildMapFile(source, new Date().toISOString()))}\n`;
  const checked = parseMapFile(text);
  if (!checked.ok) throw new Error(`The map file fails its own checks: ${checked.problems[0]}`);
  const name = writeData(MAP_SHAPES_PATH, text);
  console.log(`Wrote public/${name}: ${checked.value.regions.length} regions`);
}

function main(): void {
  const { values } = parseArgs({ options: { shared: { type: 'string', default: '../shared' } } });
  const shared = resolve(values.shared ?? '../shared');

  const official = OUTPUTS.official;
  const csv = readFileSync(resolve(shared, official.input), 'utf8');
  const sha = createHash('sha256').update(csv).digest('hex');
  const nationalRows = parseUpstreamCsv(csv);
  report(writeSeries(official.key, official.title, official.input, nationalRows, sha));

  const jhu = jhuRows(shared);
  report(writeSeries(OUTPUTS.jhu.key, OUTPUTS.jhu.title, OUTPUTS.jhu.input, jhu.rows, jhu.sha256));

  writeRegions(shared, nationalRows);
  writeMap();

  write(
    `public/${ARTICLE_TEXT_PATH}`,
    readFileSync(resolve(shared, 'article/source-article.txt'), 'utf8'),
  );
  console.log(`Wrote public/${ARTICLE_TEXT_PATH}`);
  writeNamesAndPrune();
}

if (import.meta.url === `file://${process.argv[1]}`) main();
