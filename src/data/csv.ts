/**
 * The figures of some days as CSV, for people who want to work with what they see: one row per
 * report date, the reported and derived values, and the flags in words. An unknown value is an
 * empty cell, as in the source, never 0.
 */
import type { DayEntry, DayFlag } from './dataset';
import { COUNT_FIELDS, FIELDS, METRICS } from './fields';
import { formatCount, formatSignedCount, type Measure } from './format';

/**
 * A flag in words, in English whatever the page's language: the CSV's note column, a file for
 * people who work with the figures. (Here, not beside the flags: only a download needs it.)
 */
export function describeFlag(flag: DayFlag): string {
  switch (flag.kind) {
    case 'missing-report':
      return 'No report for this date: nothing is known for it.';
    case 'inconsistent-total':
      return `The total of ${METRICS[flag.metric].name} changed by ${formatSignedCount(flag.totalChange)}, but the report gives ${formatCount(flag.reportedDaily)} new; both are shown as reported.`;
    case 'total-decreased':
      return `The total of ${METRICS[flag.metric].name} went down, from ${formatCount(flag.previousTotal)} to ${formatCount(flag.total)} (a revision).`;
    case 'negative-daily':
      return `The daily figure for ${METRICS[flag.metric].name} is negative (${formatSignedCount(flag.daily)}): a total was revised down.`;
  }
}

/** The date, every figure of the catalogue in its order, and the flags in words. */
const COLUMNS: readonly (readonly [string, (day: DayEntry) => string | number | null])[] = [
  ['date', (d) => d.date],
  ...COUNT_FIELDS.map((field) => [FIELDS[field].csvColumn, (d: DayEntry) => d[field]] as const),
  ['note', (d) => d.flags.map(describeFlag).join(' ')],
];

function roundTo(value: number | null, digits: number): number | null {
  return value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
}

/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV of `days`. Figures per 100,000 residents say so in their column names
 * (`new_cases_per_100k`) and keep four decimals; counts are written as they are.
 */
export function daysToCsv(days: readonly DayEntry[], measure: Measure = 'count'): string {
  const header = COLUMNS.map(([name]) =>
    measure === 'per100k' && name !== 'date' && name !== 'note' ? `${name}_per_100k` : name,
  ).join(',');
  // Averages of counts, and every rate, are not whole: 2 and 4 decimals keep what matters.
  const digits = measure === 'per100k' ? 4 : 2;
  const rows = days.map((day) =>
    COLUMNS.map(([, get]) => {
      const value = get(day);
      return cell(typeof value === 'number' ? roundTo(value, digits) : value);
    }).join(','),
  );
  return `${[header, ...rows].join('\r\n')}\r\n`;
}
