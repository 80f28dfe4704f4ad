/**
 * The file the app loads: Russia's official daily reports in our own compact schema.
 *
 * It is validated here, where it enters, and nowhere else: everything past `parseReportFile` is
 * typed. Envelope and provenance are checked with a small shape reader (json-shape.ts); the rows
 * are checked by a hand-written loop because a problem must name the row and the field it is in,
 * and the loop stays well inside the load budget for large series.
 */
import type { ReportedField } from './fields';
import { displayValue } from './format';
import { addDays, type IsoDate, isIsoDate } from './iso-date';
import * as shape from './json-shape';
import { isPlaceCode, type PlaceCode, type SeriesKey, SOURCE_IDS, seriesName } from './series';

export const REPORT_FILE_FORMAT = 'russia-covid19-daily-reports';
/** 2: one file per series (place and source), named in `meta.series`. */
export const REPORT_FILE_VERSION = 2;

/**
 * No report of COVID-19 can be dated before this day (the first cases in Wuhan were reported in
 * December 2019), nor after the day the file was generated (plus a day, for time zones). A date
 * outside this window is a typo, and a typo such as 0202-01-31 or 2202-01-20 would otherwise make
 * a calendar of thousands of years.
 */
export const EARLIEST_REPORT_DATE = '2019-12-01' as IsoDate;

/** How far a visitor's clock may be behind the day a file was made (see plausibleWindow). */
const CLOCK_SLACK_DAYS = 366;

/**
 * The columns of a row, in order: the date and the reported figures of the catalogue. A count
 * column holds an integer or null (not reported); totals are never negative, a daily figure can
 * be (a total revised down). The order is the file format's, so it is written out here.
 */
export const REPORT_COLUMNS = [
  'date',
  'newCases',
  'totalCases',
  'newDeaths',
  'totalDeaths',
  'newRecovered',
  'totalRecovered',
] as const satisfies readonly ('date' | ReportedField)[];
export type ReportColumn = (typeof REPORT_COLUMNS)[number];
export type CountColumn = Exclude<ReportColumn, 'date'>;
// Every reported field of the catalogue has its column: a new one fails to compile here.
const columnsAreComplete: Exclude<ReportedField, CountColumn> extends never ? true : never = true;
void columnsAreComplete;

/** One official daily report. `null` means the source has no value for that day, never zero. */
export type DailyReport = { readonly date: IsoDate } & {
  readonly [K in CountColumn]: number | null;
};

const sourceShape = shape.object({
  name: shape.string,
  url: shape.string,
  licence: shape.string,
  covers: shape.string,
});

const metaShape = shape.object({
  title: shape.string,
  series: shape.object({
    place: shape.refine(
      shape.string,
      (value): value is PlaceCode => isPlaceCode(value),
      'Expected a place code such as RU or RU-MOW',
    ),
    source: shape.oneOf(SOURCE_IDS),
  }),
  dateConvention: shape.string,
  firstDate: shape.string,
  lastDate: shape.string,
  rowCount: shape.number,
  generatedAt: shape.string,
  generatedBy: shape.string,
  inputSha256: shape.string,
  sources: shape.arrayOf(sourceShape),
  notes: shape.arrayOf(shape.string),
});
export type ReportFileMeta = shape.Infer<typeof metaShape>;
export type ReportSource = shape.Infer<typeof sourceShape>;

const envelopeShape = shape.object({
  format: shape.literal(REPORT_FILE_FORMAT),
  version: shape.literal(REPORT_FILE_VERSION),
  meta: metaShape,
  columns: shape.arrayOf(shape.string),
  // The rows are checked below, one by one, so that a problem can name its row and field.
  rows: shape.unknown,
});

/** What can be wrong with a file. Row numbers count data rows from 1, as people read them. */
export type ReportFileProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'html-page' }
  | { readonly kind: 'not-json'; readonly detail: string; readonly begins: string }
  | {
      readonly kind: 'wrong-series';
      readonly expected: SeriesKey;
      readonly actual: { readonly place: string; readonly source: string };
    }
  | {
      readonly kind: 'meta-mismatch';
      readonly field: 'rowCount' | 'firstDate' | 'lastDate';
      readonly stated: string;
      readonly actual: string;
    }
  | {
      readonly kind: 'implausible-date';
      readonly row: number;
      readonly date: IsoDate;
      readonly earliest: IsoDate;
      readonly latest: IsoDate;
    }
  | { readonly kind: 'bad-envelope'; readonly path: string; readonly detail: string }
  | { readonly kind: 'wrong-columns'; readonly expected: string; readonly actual: string }
  | { readonly kind: 'no-rows' }
  | { readonly kind: 'bad-row'; readonly row: number; readonly detail: string }
  | {
      readonly kind: 'bad-value';
      readonly row: number;
      readonly field: ReportColumn;
      readonly value: string;
      readonly reason:
        | 'not-a-date'
        | 'not-a-number'
        | 'out-of-range'
        | 'not-an-integer'
        | 'negative'
        | 'too-large';
    }
  | {
      readonly kind: 'duplicate-date';
      readonly row: number;
      readonly date: IsoDate;
      readonly firstRow: number;
    }
  | {
      readonly kind: 'out-of-order';
      readonly row: number;
      readonly date: IsoDate;
      readonly previousDate: IsoDate;
    };

export type ParsedReportFile =
  | { readonly ok: true; readonly meta: ReportFileMeta; readonly reports: readonly DailyReport[] }
  | { readonly ok: false; readonly problems: readonly ReportFileProblem[] };

/** Past this many problems the file is plainly broken; listing more helps nobody. */
const MAX_PROBLEMS = 20;

export interface ParseOptions {
  /** The series the file was asked for; a file of another series is refused. */
  readonly expected?: SeriesKey;
  /** Today's date, the latest a file can have been generated (default: the clock's, in UTC). */
  readonly today?: IsoDate;
}

/** Parses and validates the text of a report file. Never throws. */
export function parseReportFile(text: string, options: ParseOptions = {}): ParsedReportFile {
  if (text.trim() === '') return fail({ kind: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A static host answers a missing file with its HTML error page, often with status 200.
    if (/^\s*<(!doctype|html|head|body)/i.test(text)) return fail({ kind: 'html-page' });
    return fail({
      kind: 'not-json',
      detail: error instanceof Error ? error.message : String(error),
      begins: displayValue(text.trimStart().slice(0, 40)),
    });
  }
  return validateReportFile(json, options);
}

/** Validates an already-parsed JSON value. Never throws. */
export function validateReportFile(json: unknown, options: ParseOptions = {}): ParsedReportFile {
  const envelope = shape.readShape(envelopeShape, json, MAX_PROBLEMS);
  if (!envelope.ok) {
    return {
      ok: false,
      problems: envelope.problems.map((problem) => ({
        kind: 'bad-envelope' as const,
        path: displayValue(problem.path) || '(top level)',
        detail: problem.detail,
      })),
    };
  }
  const { columns, meta } = envelope.value;
  const rows: unknown = envelope.value.rows;
  if (!Array.isArray(rows)) {
    return fail({ kind: 'bad-envelope', path: 'rows', detail: 'Expected a list of rows' });
  }
  if (columns.join(',') !== REPORT_COLUMNS.join(',')) {
    return fail({
      kind: 'wrong-columns',
      expected: REPORT_COLUMNS.join(','),
      actual: displayValue(columns.join(',')),
    });
  }
  const { expected } = options;
  if (
    expected &&
    (meta.series.place !== expected.place || meta.series.source !== expected.source)
  ) {
    return fail({ kind: 'wrong-series', expected, actual: meta.series });
  }
  const window = plausibleWindow(meta.generatedAt, options.today ?? todayUtc());
  if (!window.ok) return fail(window.problem);
  if (rows.length === 0) return fail({ kind: 'no-rows' });

  const problems: ReportFileProblem[] = [];
  const reports: DailyReport[] = [];
  let previous: DailyReport | null = null;

  for (let index = 0; index < rows.length && problems.length < MAX_PROBLEMS; index++) {
    const rowNumber = index + 1;
    const row: unknown = rows[index];
    if (!Array.isArray(row) || row.length !== REPORT_COLUMNS.length) {
      problems.push({
        kind: 'bad-row',
        row: rowNumber,
        detail: Array.isArray(row)
          ? `has ${row.length} values, expected ${REPORT_COLUMNS.length}`
          : 'is not a list of values',
      });
      continue;
    }
    const report = readRow(row, rowNumber, problems);
    if (!report) continue;
    if (report.date < window.earliest || report.date > window.latest) {
      problems.push({
        kind: 'implausible-date',
        row: rowNumber,
        date: report.date,
        earliest: window.earliest,
        latest: window.latest,
      });
      continue;
    }
    // Rows must be in strictly increasing date order, so a duplicate is always next to its twin
    // in a file that is otherwise in order (and an unordered file is rejected anyway).
    if (previous !== null && report.date <= previous.date) {
      problems.push(
        report.date === previous.date
          ? { kind: 'duplicate-date', row: rowNumber, date: report.date, firstRow: rowNumber - 1 }
          : {
              kind: 'out-of-order',
              row: rowNumber,
              date: report.date,
              previousDate: previous.date,
            },
      );
    }
    previous = report;
    reports.push(report);
  }
  if (problems.length > 0) return { ok: false, problems };

  // The envelope states what the rows hold; a file where the two disagree has been cut or spliced.
  const actual = {
    rowCount: String(rows.length),
    firstDate: reports[0]?.date ?? '',
    lastDate: reports[reports.length - 1]?.date ?? '',
  };
  for (const field of ['rowCount', 'firstDate', 'lastDate'] as const) {
    const stated = String(meta[field]);
    if (stated !== actual[field]) {
      problems.push({
        kind: 'meta-mismatch',
        field,
        stated: displayValue(stated),
        actual: actual[field],
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, meta, reports };
}

function todayUtc(): IsoDate {
  return new Date().toISOString().slice(0, 10) as IsoDate;
}

/**
 * The dates a report of this file can have: from EARLIEST_REPORT_DATE to the day after the file
 * was generated. A generation date that is not a date, or more than a year past the visitor's
 * clock, is itself refused.
 */
function plausibleWindow(
  generatedAt: string,
  today: IsoDate,
):
  | { readonly ok: true; readonly earliest: IsoDate; readonly latest: IsoDate }
  | { readonly ok: false; readonly problem: ReportFileProblem } {
  const generated = generatedAt.slice(0, 10);
  // The visitor's clock may be wrong, by days or more: a fresh file must not be refused for that.
  // A generation date more than a year past that clock is a typo all the same.
  const latestGeneration = addDays(today, CLOCK_SLACK_DAYS);
  if (!isIsoDate(generated) || generated < EARLIEST_REPORT_DATE || generated > latestGeneration) {
    return {
      ok: false,
      problem: {
        kind: 'bad-envelope',
        path: 'meta.generatedAt',
        detail: `Expected the date and time the file was made, between ${EARLIEST_REPORT_DATE} and ${latestGeneration}; found "${displayValue(generatedAt)}"`,
      },
    };
  }
  return { ok: true, earliest: EARLIEST_REPORT_DATE, latest: addDays(generated, 1) };
}

function readRow(
  row: readonly unknown[],
  rowNumber: number,
  problems: ReportFileProblem[],
): DailyReport | null {
  const date = row[0];
  let valid = true;
  if (!isIsoDate(date)) {
    problems.push({
      kind: 'bad-value',
      row: rowNumber,
      field: 'date',
      value: describeValue(date),
      reason: 'not-a-date',
    });
    valid = false;
  }
  const counts: Partial<Record<CountColumn, number | null>> = {};
  for (let column = 1; column < REPORT_COLUMNS.length; column++) {
    const field = REPORT_COLUMNS[column] as CountColumn;
    const value = row[column];
    const reason = countProblem(value, DAILY_COLUMNS.has(field));
    if (reason) {
      problems.push({
        kind: 'bad-value',
        row: rowNumber,
        field,
        value: describeValue(value),
        reason,
      });
      valid = false;
    } else {
      counts[field] = value as number | null;
    }
  }
  return valid ? ({ date, ...counts } as DailyReport) : null;
}

/**
 * Daily columns may be negative: a region's daily figure is the change in its total, and the
 * official figures revised some totals down (the dataset flags each such day). Totals may not.
 */
const DAILY_COLUMNS: ReadonlySet<CountColumn> = new Set(['newCases', 'newDeaths', 'newRecovered']);

function countProblem(
  value: unknown,
  mayBeNegative: boolean,
): Extract<ReportFileProblem, { kind: 'bad-value' }>['reason'] | null {
  if (value === null) return null;
  if (typeof value !== 'number') return 'not-a-number';
  // JSON.parse reads 1e400 as Infinity: a number, but not one a count can be.
  if (!Number.isFinite(value)) return 'out-of-range';
  if (!Number.isInteger(value)) return 'not-an-integer';
  if (value < 0 && !mayBeNegative) return 'negative';
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return 'too-large';
  return null;
}

/** A short, printable form of a bad value for messages (never markup, never huge). */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON.stringify writes Infinity as "null", which would name the wrong value.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return displayValue(JSON.stringify(value) ?? String(value));
}

function fail(problem: ReportFileProblem): ParsedReportFile {
  return { ok: false, problems: [problem] };
}

const REASON_TEXT: Record<Extract<ReportFileProblem, { kind: 'bad-value' }>['reason'], string> = {
  'not-a-date': 'is not a calendar date (YYYY-MM-DD)',
  'not-a-number': 'is not a number',
  'out-of-range': 'is a number too large to read (written as something like 1e400)',
  'not-an-integer': 'is not a whole number',
  negative: 'is negative',
  'too-large': 'is too large to be exact',
};

const META_FIELD_TEXT = {
  rowCount: 'number of rows',
  firstDate: 'first date',
  lastDate: 'last date',
} as const;

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** One plain-language sentence per problem, for the page and for logs. */
export function describeProblem(problem: ReportFileProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'The data file is empty.';
    case 'too-large':
      return `The data file is larger than ${formatMegabytes(problem.limit)}, the most a data file of this dashboard can be (at least ${formatMegabytes(problem.bytes)} arrived), so it was not read.`;
    case 'html-page':
      return 'The server sent a web page (HTML) instead of the data file: probably an error page, or the file is not where the page expects it.';
    case 'not-json':
      return `The data file is not valid JSON (it may be truncated): ${problem.detail}. It begins with “${problem.begins}”.`;
    case 'wrong-series':
      return `The data file holds the series ${displayValue(`${problem.actual.source}/${problem.actual.place}`)}, not ${seriesName(problem.expected)}.`;
    case 'meta-mismatch':
      return `The data file says its ${META_FIELD_TEXT[problem.field]} is ${problem.stated}, but its rows give ${problem.actual}: the file may have been cut or edited.`;
    case 'implausible-date':
      return `Row ${problem.row}, field "date": ${problem.date} is not a possible report date (reports run from ${problem.earliest} to ${problem.latest}, the day after the file was made).`;
    case 'bad-envelope':
      return `The data file is not in the expected format at "${problem.path}": ${problem.detail}`;
    case 'wrong-columns':
      return `The data file has the columns "${problem.actual}", expected "${problem.expected}".`;
    case 'no-rows':
      return 'The data file has no rows.';
    case 'bad-row':
      return `Row ${problem.row} ${problem.detail}.`;
    case 'bad-value':
      return `Row ${problem.row}, field "${problem.field}": the value ${problem.value} ${REASON_TEXT[problem.reason]}.`;
    case 'duplicate-date':
      return `Row ${problem.row}, field "date": ${problem.date} already appears in row ${problem.firstRow}.`;
    case 'out-of-order':
      return `Row ${problem.row}, field "date": ${problem.date} comes after ${problem.previousDate}; rows must be in date order.`;
  }
}
