/**
 * What the Sources panel shows, prepared from the two series: the points of its chart and the
 * sentences that explain the difference (worded by the page's catalogue, `m().sources`). Pure
 * but for the words, so it is tested without drawing.
 */

import type { MultiLinePoint } from '../../components/chart/multi-line-chart';
import { compareSources, type SourceComparison } from '../../data/compare-sources';
import type { Dataset } from '../../data/dataset';
import { maxDate, minDate, toDayNumber } from '../../data/iso-date';
import type { DateRange } from '../../data/range';
import { m } from '../../i18n/messages';

/** A day of the chart: the 7-day averages of new cases, official then JHU (null: not known). */
export type ComparisonPoint = MultiLinePoint;

export interface ComparisonModel {
  readonly range: DateRange;
  readonly points: readonly ComparisonPoint[];
  readonly comparison: SourceComparison;
  readonly summary: string;
}

/** The comparison over the dates shown, cut to the dates at least one of the series covers. */
export function buildComparisonModel(
  official: Dataset,
  jhu: Dataset,
  shown: DateRange,
): ComparisonModel | null {
  const from = maxDate(shown.from, minDate(official.firstDate, jhu.firstDate));
  const to = minDate(shown.to, maxDate(official.lastDate, jhu.lastDate));
  if (from > to) return null;
  const range = { from, to };
  const comparison = compareSources(official, jhu, range);
  const points = comparison.days.map((day) => ({
    x: toDayNumber(day.date),
    date: day.date,
    values: [day.first.newCasesAvg7, day.second.newCasesAvg7],
  }));
  return {
    range,
    points: Object.freeze(points),
    comparison,
    summary: m().sources.summary(range.from, range.to, comparison),
  };
}
