/**
 * Plain-language explanations of the flags a day can carry, for tooltips, tables and notes.
 */
import type { DayFlag, Metric } from './dataset';
import { formatCount, formatSignedCount } from './format';

const METRIC_NAME: Record<Metric, string> = {
  cases: 'cases',
  deaths: 'deaths',
  recovered: 'recoveries',
};

export function describeFlag(flag: DayFlag): string {
  switch (flag.kind) {
    case 'missing-report':
      return 'No report for this date: nothing is known for it.';
    case 'inconsistent-total':
      return `The total of ${METRIC_NAME[flag.metric]} changed by ${formatSignedCount(flag.totalChange)}, but the report gives ${formatCount(flag.reportedDaily)} new; both are shown as reported.`;
    case 'total-decreased':
      return `The total of ${METRIC_NAME[flag.metric]} went down, from ${formatCount(flag.previousTotal)} to ${formatCount(flag.total)} (a revision).`;
    case 'negative-daily':
      return `The daily figure for ${METRIC_NAME[flag.metric]}, derived from the totals, is negative (${formatSignedCount(flag.daily)}).`;
  }
}
