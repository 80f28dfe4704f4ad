/**
 * Plain-language explanations of the flags a day can carry, for tooltips, tables and notes.
 */
import type { DayFlag } from './dataset';
import { METRICS, type Metric } from './fields';
import { formatCount, formatSignedCount } from './format';

/**
 * The flags of a day that concern a metric: a missing report concerns every figure, a revision
 * only the figures of its own metric. `all` keeps every flag (active cases use all three).
 */
export function flagsFor(flags: readonly DayFlag[], metric: Metric | 'all'): readonly DayFlag[] {
  if (metric === 'all' || flags.length === 0) return flags;
  const kept = flags.filter((flag) => flag.kind === 'missing-report' || flag.metric === metric);
  return kept.length === flags.length ? flags : kept;
}

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
