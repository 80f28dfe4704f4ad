/**
 * Two series of the same place side by side, day by day, for the Sources panel: what each source
 * says on each report date, where both are known, and how far apart they are.
 */
import { type Dataset, dayAt } from './dataset';
import { addDays, daysBetween, type IsoDate } from './iso-date';
import type { DateRange } from './range';

export interface ComparedDay {
  readonly date: IsoDate;
  readonly first: {
    readonly newCasesAvg7: number | null;
    readonly totalCases: number | null;
    readonly newCases: number | null;
  };
  readonly second: {
    readonly newCasesAvg7: number | null;
    readonly totalCases: number | null;
    readonly newCases: number | null;
  };
}

export interface SourceComparison {
  readonly days: readonly ComparedDay[];
  /** Days in the range on which each series has a figure for new cases. */
  readonly coverage: readonly [SeriesCoverage, SeriesCoverage];
  /** Days on which both totals are known, and on how many of them they are equal. */
  readonly bothTotalsKnown: number;
  readonly totalsEqual: number;
  /** The largest gap between the totals (first minus second) in the range, and its date. */
  readonly largestTotalGap: { readonly date: IsoDate; readonly value: number } | null;
}

export interface SeriesCoverage {
  /** Report dates in the range with a figure for new cases. */
  readonly daysWithValues: number;
  /** Report dates in the range. */
  readonly days: number;
}

export function compareSources(
  first: Dataset,
  second: Dataset,
  range: DateRange,
): SourceComparison {
  const days: ComparedDay[] = [];
  const count = Math.max(0, daysBetween(range.from, range.to) + 1);
  let firstKnown = 0;
  let secondKnown = 0;
  let bothTotalsKnown = 0;
  let totalsEqual = 0;
  let largestTotalGap: SourceComparison['largestTotalGap'] = null;
  for (let i = 0; i < count; i++) {
    const date = addDays(range.from, i);
    const a = dayAt(first, date);
    const b = dayAt(second, date);
    const figures = (day: typeof a) => ({
      newCasesAvg7: day?.newCasesAvg7 ?? null,
      totalCases: day?.totalCases ?? null,
      newCases: day?.newCases ?? null,
    });
    const entry: ComparedDay = { date, first: figures(a), second: figures(b) };
    days.push(entry);
    if (entry.first.newCases !== null) firstKnown++;
    if (entry.second.newCases !== null) secondKnown++;
    if (entry.first.totalCases !== null && entry.second.totalCases !== null) {
      bothTotalsKnown++;
      const gap = entry.first.totalCases - entry.second.totalCases;
      if (gap === 0) totalsEqual++;
      if (!largestTotalGap || Math.abs(gap) > Math.abs(largestTotalGap.value)) {
        largestTotalGap = { date, value: gap };
      }
    }
  }
  return {
    days,
    coverage: [
      { daysWithValues: firstKnown, days: count },
      { daysWithValues: secondKnown, days: count },
    ],
    bothTotalsKnown,
    totalsEqual,
    largestTotalGap,
  };
}
