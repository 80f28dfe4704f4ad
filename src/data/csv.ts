/**
 * The figures of some days as CSV, for people who want to work with what they see: one row per
 * report date, the reported and derived values, and the flags in words. An unknown value is an
 * empty cell, as in the source, never 0.
 */
import type { DayEntry } from './dataset';
import { describeFlag } from './flags';

const COLUMNS = [
  ['date', (d: DayEntry) => d.date],
  ['new_cases', (d: DayEntry) => d.newCases],
  ['total_cases', (d: DayEntry) => d.totalCases],
  ['new_deaths', (d: DayEntry) => d.newDeaths],
  ['total_deaths', (d: DayEntry) => d.totalDeaths],
  ['new_recovered', (d: DayEntry) => d.newRecovered],
  ['total_recovered', (d: DayEntry) => d.totalRecovered],
  ['active_cases', (d: DayEntry) => d.activeCases],
  ['new_cases_7day_avg', (d: DayEntry) => roundTo(d.newCasesAvg7, 2)],
  ['new_deaths_7day_avg', (d: DayEntry) => roundTo(d.newDeathsAvg7, 2)],
  ['note', (d: DayEntry) => d.flags.map(describeFlag).join(' ')],
] as const;

function roundTo(value: number | null, digits: number): number | null {
  return value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
}

/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function daysToCsv(days: readonly DayEntry[]): string {
  const header = COLUMNS.map(([name]) => name).join(',');
  const rows = days.map((day) => COLUMNS.map(([, get]) => cell(get(day))).join(','));
  return `${[header, ...rows].join('\r\n')}\r\n`;
}
