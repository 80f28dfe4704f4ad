/**
 * Every day of a series whose figures are missing or do not add up, in date order, for the
 * "Corrections and gaps" list. Runs of days without a report are one entry (the official series
 * has a gap of 25 days in autumn 2022); every other flag is listed on its own day.
 */
import type { Dataset, DayFlag } from './dataset';
import type { IsoDate } from './iso-date';

export type CorrectionEntry =
  | {
      readonly kind: 'missing-reports';
      readonly from: IsoDate;
      readonly to: IsoDate;
      readonly days: number;
    }
  | { readonly kind: 'flagged-day'; readonly date: IsoDate; readonly flags: readonly DayFlag[] };

export function correctionsOf(dataset: Dataset): readonly CorrectionEntry[] {
  const entries: CorrectionEntry[] = [];
  type Gap = { from: IsoDate; to: IsoDate; days: number };
  let gap: Gap | null = null as Gap | null;
  const closeGap = () => {
    if (gap !== null)
      entries.push({ kind: 'missing-reports', from: gap.from, to: gap.to, days: gap.days });
    gap = null;
  };
  for (const day of dataset.days) {
    const missing = day.flags.some((flag) => flag.kind === 'missing-report');
    if (missing) {
      gap = gap
        ? { ...gap, to: day.date, days: gap.days + 1 }
        : { from: day.date, to: day.date, days: 1 };
      continue;
    }
    closeGap();
    if (day.flags.length > 0)
      entries.push({ kind: 'flagged-day', date: day.date, flags: day.flags });
  }
  closeGap();
  return entries;
}

/** How many report dates the entries cover: the days without a report, and the flagged days. */
export function countCorrections(entries: readonly CorrectionEntry[]): {
  readonly missingDays: number;
  readonly flaggedDays: number;
} {
  let missingDays = 0;
  let flaggedDays = 0;
  for (const entry of entries) {
    if (entry.kind === 'missing-reports') missingDays += entry.days;
    else flaggedDays++;
  }
  return { missingDays, flaggedDays };
}
