/**
 * The file the app loads: Russia's official daily reports in our own compact schema.
 *
 * It is validated here, where it enters, and nowhere else: everything past `parseReportFile` is
 * typed. Envelope and provenance are checked with a zod/mini schema; the rows are checked by a
 * hand-written loop because a problem must name the row and the field it is in, and the loop stays
 * well inside the load budget for large series.
 */
import * as z from 'zod/mini';
import { truncateForDisplay } from './format';
import { type IsoDate, isIsoDate } from './iso-date';

export const REPORT_FILE_FORMAT = 'russia-covid19-daily-reports';
export const REPORT_FILE_VERSION = 1;

/** The columns of a row, in order. A count column holds an integer >= 0 or null (not reported). */
export const REPORT_COLUMNS = [
  'date',
  'newCases',
  'totalCases',
  'newDeaths',
  'totalDeaths',
  'newRecovered',
  'totalRecovered',
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];
export type CountColumn = Exclude<ReportColumn, 'date'>;

/** One official daily report. `null` means the source has no value for that day, never zero. */
export type DailyReport = { readonly date: IsoDate } & {
  readonly [K in CountColumn]: number | null;
};

const sourceSchema = z.object({
  name: z.string(),
  url: z.string(),
  licence: z.string(),
  covers: z.string(),
});

const metaSchema = z.object({
  title: z.string(),
  dateConvention: z.string(),
  firstDate: z.string(),
  lastDate: z.string(),
  rowCount: z.number(),
  generatedAt: z.string(),
  generatedBy: z.string(),
  inputSha256: z.string(),
  sources: z.array(sourceSchema),
  notes: z.array(z.string()),
});
export type ReportFileMeta = z.infer<typeof metaSchema>;
export type ReportSource = z.infer<typeof sourceSchema>;

const envelopeSchema = z.object({
  format: z.literal(REPORT_FILE_FORMAT),
  version: z.literal(REPORT_FILE_VERSION),
  meta: metaSchema,
  columns: z.array(z.string()),
  // The rows are checked below, one by one, so that a problem can name its row and field.
  rows: z.unknown(),
});

/** What can be wrong with a file. Row numbers count data rows from 1, as people read them. */
export type ReportFileProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-json'; readonly detail: string }
  | { readonly kind: 'bad-envelope'; readonly path: string; readonly detail: string }
  | { readonly kind: 'wrong-columns'; readonly expected: string; readonly actual: string }
  | { readonly kind: 'no-rows' }
  | { readonly kind: 'bad-row'; readonly row: number; readonly detail: string }
  | {
      readonly kind: 'bad-value';
      readonly row: number;
      readonly field: ReportColumn;
      readonly value: string;
      readonly reason: 'not-a-date' | 'not-a-number' | 'not-an-integer' | 'negative' | 'too-large';
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

/** Parses and validates the text of a report file. Never throws. */
export function parseReportFile(text: string): ParsedReportFile {
  if (text.trim() === '') return fail({ kind: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail({
      kind: 'not-json',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  return validateReportFile(json);
}

/** Validates an already-parsed JSON value. Never throws. */
export function validateReportFile(json: unknown): ParsedReportFile {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      problems: envelope.error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({
        kind: 'bad-envelope' as const,
        path: issue.path.map(String).join('.') || '(top level)',
        detail: issue.message,
      })),
    };
  }
  const { columns, meta } = envelope.data;
  const rows: unknown = envelope.data.rows;
  if (!Array.isArray(rows)) {
    return fail({ kind: 'bad-envelope', path: 'rows', detail: 'Expected a list of rows' });
  }
  if (columns.join(',') !== REPORT_COLUMNS.join(',')) {
    return fail({
      kind: 'wrong-columns',
      expected: REPORT_COLUMNS.join(','),
      actual: columns.join(','),
    });
  }
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

  return problems.length > 0 ? { ok: false, problems } : { ok: true, meta, reports };
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
    const reason = countProblem(value);
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

function countProblem(
  value: unknown,
): Extract<ReportFileProblem, { kind: 'bad-value' }>['reason'] | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not-a-number';
  if (!Number.isInteger(value)) return 'not-an-integer';
  if (value < 0) return 'negative';
  if (value > Number.MAX_SAFE_INTEGER) return 'too-large';
  return null;
}

/** A short, printable form of a bad value for messages (never markup, never huge). */
function describeValue(value: unknown): string {
  return truncateForDisplay(value === undefined ? 'nothing' : JSON.stringify(value));
}

function fail(problem: ReportFileProblem): ParsedReportFile {
  return { ok: false, problems: [problem] };
}

const REASON_TEXT: Record<Extract<ReportFileProblem, { kind: 'bad-value' }>['reason'], string> = {
  'not-a-date': 'is not a calendar date (YYYY-MM-DD)',
  'not-a-number': 'is not a number',
  'not-an-integer': 'is not a whole number',
  negative: 'is negative',
  'too-large': 'is too large to be exact',
};

/** One plain-language sentence per problem, for the page and for logs. */
export function describeProblem(problem: ReportFileProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'The data file is empty.';
    case 'not-json':
      return `The data file is not valid JSON (it may be truncated): ${problem.detail}`;
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
