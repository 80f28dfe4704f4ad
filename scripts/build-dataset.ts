/**
 * Regenerates the data the app ships, from the team's reference files in ../shared:
 *   data/russia-national-daily-2020-2023.csv         -> public/data/series/official-RU.json
 *   data/jhu-russia-sample/time_series_covid19_{confirmed,deaths}_global.*.csv (JHU's own format,
 *     read by the JHU importer)                      -> public/data/series/jhu-RU.json
 *   article/source-article.txt                       -> public/article/source-article.txt
 *
 * Usage: npm run data [-- --shared ../shared]
 *
 * Inputs are read strictly (exact header, integers or empty cells), converted to our schema (one
 * file per series), then validated with the same parser the app uses before anything is written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ARTICLE_TEXT_PATH, seriesPath } from '../src/data/paths';
import {
  describeProblem,
  REPORT_COLUMNS,
  REPORT_FILE_FORMAT,
  REPORT_FILE_VERSION,
  type ReportFileMeta,
  validateReportFile,
} from '../src/data/report-file';
import { JHU_RUSSIA, OFFICIAL_RUSSIA, type SeriesKey } from '../src/data/series';
import { SOURCES } from '../src/data/sources';
import { describeProblem as describeJhuProblem, readJhuTimeSeries } from './lib/jhu-time-series';

const UPSTREAM_HEADER =
  'date,new_cases,total_cases,new_deaths,total_deaths,new_recovered,total_recovered';

type Row = [string, ...(number | null)[]];

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
  const source = SOURCES[key.source];
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
  const output = `public/${seriesPath(key)}`;
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, text);
  console.log(`Wrote ${output}: ${rows.length} reports, ${meta.firstDate}..${meta.lastDate}`);
}

function main(): void {
  const { values } = parseArgs({ options: { shared: { type: 'string', default: '../shared' } } });
  const shared = resolve(values.shared ?? '../shared');

  const official = OUTPUTS.official;
  const csv = readFileSync(resolve(shared, official.input), 'utf8');
  const sha = createHash('sha256').update(csv).digest('hex');
  writeSeries(official.key, official.title, official.input, parseUpstreamCsv(csv), sha);

  const jhu = jhuRows(shared);
  writeSeries(OUTPUTS.jhu.key, OUTPUTS.jhu.title, OUTPUTS.jhu.input, jhu.rows, jhu.sha256);

  const article = `public/${ARTICLE_TEXT_PATH}`;
  mkdirSync(dirname(article), { recursive: true });
  writeFileSync(article, readFileSync(resolve(shared, 'article/source-article.txt')));
  console.log(`Wrote ${article}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
