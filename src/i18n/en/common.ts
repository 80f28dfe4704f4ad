/** Words used across the page, in English (the reference catalogue). */
import type { DayFlag } from '../../data/dataset';
import type { Metric } from '../../data/fields';
import { formatCount, formatSignedCount } from '../../data/format';

const METRIC_NAME: Record<Metric, string> = {
  cases: 'cases',
  deaths: 'deaths',
  recovered: 'recoveries',
};

export const common = {
  notReported: 'Not reported',
  notReportedLower: 'not reported',
  retry: 'Retry',
  dismiss: 'Dismiss',
  loading: 'loading…',
  showTable: 'Show table',
  hideTable: 'Hide table',
  linear: 'Linear',
  log: 'Log',
  russia: 'Russia',
  /** A flag of a day explained in one sentence (charts, cards, tables, corrections). */
  describeFlag: (flag: DayFlag): string => {
    switch (flag.kind) {
      case 'missing-report':
        return 'No report for this date: nothing is known for it.';
      case 'inconsistent-total':
        return `The total of ${METRIC_NAME[flag.metric]} changed by ${formatSignedCount(flag.totalChange)}, but the report gives ${formatCount(flag.reportedDaily)} new; both are shown as reported.`;
      case 'total-decreased':
        return `The total of ${METRIC_NAME[flag.metric]} went down, from ${formatCount(flag.previousTotal)} to ${formatCount(flag.total)} (a revision).`;
      case 'negative-daily':
        return `The daily figure for ${METRIC_NAME[flag.metric]} is negative (${formatSignedCount(flag.daily)}): a total was revised down.`;
    }
  },
};
