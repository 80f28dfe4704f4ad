/**
 * Regenerates the data the app ships, from the team's reference files in ../shared:
 *   ../shared/data/russia-national-daily.csv  -> public/data/russia-covid19-daily.json
 *   ../shared/article/source-article.txt      -> public/article/source-article.txt
 *
 * Usage: npm run data [-- --shared ../shared]
 *
 * The CSV is read strictly (exact header, integers or empty cells), converted to our schema, then
 * validated with the same parser the app uses before anything is written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ARTICLE_TEXT_PATH, DATASET_PATH } from '../src/data/paths';
import {
  describeProblem,
  REPORT_COLUMNS,
  REPORT_FILE_FORMAT,
  REPORT_FILE_VERSION,
  type ReportFileMeta,
  validateReportFile,
} from '../src/data/report-file';
import { DATA_NOTES, DATA_SOURCES } from '../src/data/sources';

const UPSTREAM_HEADER =
  'date,new_cases,total_cases,new_deaths,total_deaths,new_recovered,total_recovered';
export const OUTPUT_DATA = `public/${DATASET_PATH}`;
const OUTPUT_ARTICLE = `public/${ARTICLE_TEXT_PATH}`;

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

function buildMeta(rows: Row[], inputSha256: string): ReportFileMeta {
  return {
    title: 'Russia: officially reported COVID-19 figures, national daily reports',
    dateConvention:
      'Each date is the day the official daily report was published (Moscow morning, covering the previous 24 hours). The report dated 2020-05-07 came out on the morning of 7 May 2020.',
    firstDate: rows[0]?.[0] ?? '',
    lastDate: rows[rows.length - 1]?.[0] ?? '',
    rowCount: rows.length,
    generatedAt: new Date().toISOString(),
    generatedBy: 'scripts/build-dataset.ts from russia-national-daily.csv (team reference data)',
    inputSha256,
    sources: [...DATA_SOURCES],
    notes: [...DATA_NOTES],
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

function main(): void {
  const { values } = parseArgs({ options: { shared: { type: 'string', default: '../shared' } } });
  const shared = resolve(values.shared ?? '../shared');
  const csv = readFileSync(resolve(shared, 'data/russia-national-daily.csv'), 'utf8');
  const rows = parseUpstreamCsv(csv);
  const meta = buildMeta(rows, createHash('sha256').update(csv).digest('hex'));
  const text = serialise({ meta, rows });

  const check = validateReportFile(JSON.parse(text));
  if (!check.ok) {
    throw new Error(
      `Generated file does not validate:\n${check.problems.map(describeProblem).join('\n')}`,
    );
  }
  mkdirSync(dirname(OUTPUT_DATA), { recursive: true });
  writeFileSync(OUTPUT_DATA, text);
  mkdirSync(dirname(OUTPUT_ARTICLE), { recursive: true });
  writeFileSync(OUTPUT_ARTICLE, readFileSync(resolve(shared, 'article/source-article.txt')));
  console.log(`Wrote ${OUTPUT_DATA}: ${rows.length} reports, ${meta.firstDate}..${meta.lastDate}`);
  console.log(`Wrote ${OUTPUT_ARTICLE}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
