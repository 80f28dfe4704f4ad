/**
 * Which of the flags a day carries concern a chart or a card. (The flags in words are the page's
 * catalogue's, `m().common.describeFlag`; the CSV's English notes are in csv.ts.)
 */
import type { DayFlag } from './dataset';
import type { Metric } from './fields';

/**
 * The flags of a day that concern a metric: a missing report concerns every figure, a revision
 * only the figures of its own metric. `all` keeps every flag (active cases use all three).
 */
export function flagsFor(flags: readonly DayFlag[], metric: Metric | 'all'): readonly DayFlag[] {
  if (metric === 'all' || flags.length === 0) return flags;
  const kept = flags.filter((flag) => flag.kind === 'missing-report' || flag.metric === metric);
  return kept.length === flags.length ? flags : kept;
}
