/**
 * What a chart draws, prepared from the dataset: its points, annotations and one-sentence summary.
 * Pure: the chart components only draw what this returns.
 */
import type { Dataset, DayFlag } from '../../data/dataset';
import { averageOf, type CountField, FIELDS, type Metric } from '../../data/fields';
import { describeFlag, flagsFor } from '../../data/flags';
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatMean,
  formatPercent,
  formatValue,
  type Measure,
} from '../../data/format';
import { type IsoDate, toDayNumber } from '../../data/iso-date';
import { changeOver, type DateRange, runsAbove, sliceRange } from '../../data/range';
import { CHARTS, type ChartDefinition, type ChartId } from '../../view-state/charts';
import type { Scale } from '../../view-state/view-state';

export interface ChartSpec extends ChartDefinition {
  readonly id: ChartId;
  readonly metric: Metric;
  /** The 7-day average drawn as a line over daily bars; null for a cumulative line. */
  readonly averageField: CountField | null;
  /** How one unit is named in sentences and table headers. */
  readonly valueLabel: string;
}

/** The page's charts, each completed from the field catalogue. */
export const CHART_SPECS: readonly ChartSpec[] = CHARTS.map((chart) => ({
  ...chart,
  metric: FIELDS[chart.field].metric,
  averageField: averageOf(chart.field),
  valueLabel: FIELDS[chart.field].label,
}));

export interface ChartPoint {
  /** Day number (days since 1970-01-01): a numeric x axis keeps the days evenly spaced. */
  readonly x: number;
  readonly date: IsoDate;
  readonly value: number | null;
  readonly average: number | null;
  readonly flags: readonly DayFlag[];
}

export interface ChartMarker {
  readonly x: number;
  readonly date: IsoDate;
  readonly value: number | null;
}

export interface ChartModel {
  readonly spec: ChartSpec;
  readonly points: readonly ChartPoint[];
  readonly range: DateRange;
  readonly scale: Scale;
  /** Upper end of the value axis (the highest value or average shown). */
  readonly maxValue: number;
  /** The smallest value or average above 0, where a log axis must begin; null if none. */
  readonly minPositive: number | null;
  /** The highest value within the range. */
  readonly peak: ChartMarker | null;
  readonly runs: readonly { readonly x1: number; readonly x2: number; readonly length: number }[];
  readonly runThreshold: number;
  /** The story's report date, where it lies in the range. */
  readonly story: ChartMarker | null;
  /** Runs of report dates without a report: drawn as hatched bands, never as values. */
  readonly gaps: readonly { readonly x1: number; readonly x2: number; readonly length: number }[];
  /** Days whose figures do not add up (a gap is not one of them: see `gaps`). */
  readonly flagged: readonly {
    readonly x: number;
    readonly date: IsoDate;
    readonly text: string;
  }[];
  readonly summary: string;
  /** What the values count: people, or people per 100,000 residents. */
  readonly measure: Measure;
}

export interface ChartModelInput {
  readonly dataset: Dataset;
  readonly range: DateRange;
  readonly scale: Scale;
  readonly storyDate: IsoDate;
}

export function buildChartModel(spec: ChartSpec, input: ChartModelInput): ChartModel {
  const { dataset, range, scale, storyDate } = input;
  const days = sliceRange(dataset, range);
  const points: ChartPoint[] = days.map((day) => ({
    x: toDayNumber(day.date),
    date: day.date,
    value: day[spec.field],
    average: spec.averageField ? day[spec.averageField] : null,
    // Only what concerns this chart: a revision of deaths is not a flag on the cases charts.
    flags: flagsFor(day.flags, spec.metric),
  }));

  let maxValue = 0;
  let minPositive = Number.POSITIVE_INFINITY;
  let peak: ChartMarker | null = null;
  for (const point of points) {
    if (point.value !== null && (peak === null || point.value > (peak.value ?? 0))) {
      peak = { x: point.x, date: point.date, value: point.value };
    }
    maxValue = Math.max(maxValue, point.value ?? 0, point.average ?? 0);
    for (const v of [point.value, point.average]) {
      if (v !== null && v > 0 && v < minPositive) minPositive = v;
    }
  }

  const runs = spec.showRuns
    ? runsAbove(days, dataset.runThreshold, spec.field).map((run) => ({
        x1: toDayNumber(run.from),
        x2: toDayNumber(run.to),
        length: run.length,
      }))
    : [];

  return {
    spec,
    // Frozen, because the charting library keeps its data in an Immer store, which otherwise
    // walks and freezes every point on every draw; it leaves frozen values alone.
    points: Object.freeze(points),
    range,
    scale,
    maxValue,
    minPositive: Number.isFinite(minPositive) ? minPositive : null,
    peak,
    runs,
    runThreshold: dataset.runThreshold,
    story: markerAt(points, storyDate),
    gaps: gapRuns(points),
    flagged: points
      .filter((p) => p.flags.some((flag) => flag.kind !== 'missing-report'))
      .map((p) => ({ x: p.x, date: p.date, text: p.flags.map(describeFlag).join(' ') })),
    summary: summarise(spec, input, points, peak, runs),
    measure: dataset.measure,
  };
}

const isGap = (point: ChartPoint) => point.flags.some((flag) => flag.kind === 'missing-report');

/** The runs of consecutive points without a report. */
function gapRuns(points: readonly ChartPoint[]): ChartModel['gaps'] {
  const runs: { x1: number; x2: number; length: number }[] = [];
  for (const point of points) {
    if (!isGap(point)) continue;
    const last = runs[runs.length - 1];
    if (last && last.x2 === point.x - 1) {
      last.x2 = point.x;
      last.length++;
    } else runs.push({ x1: point.x, x2: point.x, length: 1 });
  }
  return runs;
}

/**
 * The point of `date` as a marker, or null when the date is not among the points. Kept apart
 * from the model so that moving a marker (the focused date) does not rebuild the series.
 */
export function markerAt(points: readonly ChartPoint[], date: IsoDate | null): ChartMarker | null {
  const first = points[0];
  if (date === null || !first) return null;
  const point = points[toDayNumber(date) - first.x];
  return point?.date === date ? { x: point.x, date, value: point.value } : null;
}

function summarise(
  spec: ChartSpec,
  input: ChartModelInput,
  points: readonly ChartPoint[],
  peak: ChartMarker | null,
  runs: ChartModel['runs'],
): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return `${spec.title}: no data in the dates shown.`;
  const { measure } = input.dataset;
  const value = (n: number) => formatValue(n, measure);
  const title = measure === 'per100k' ? `${spec.title} per 100,000 residents` : spec.title;
  const period = formatDateRange(first.date, last.date);
  const missing = points.filter(isGap);
  const gaps =
    missing.length > 0
      ? ` ${formatCount(missing.length)} of the ${formatCount(points.length)} report dates have no report: the ${spec.averageField ? 'bars and the average leave gaps there' : 'line leaves gaps there'}.`
      : '';
  if (!spec.averageField) {
    const from = points.find((p) => p.value !== null);
    const to = points.findLast((p) => p.value !== null);
    if (!from || !to) return `${title}, ${period}: not reported.${gaps}`;
    const known =
      to.date === last.date ? '' : `; not known after ${formatDate(to.date)} in this source`;
    return `${title} rose from ${value(from.value as number)} on ${formatDate(from.date)} to ${value(to.value as number)} on ${formatDate(to.date)}${known}.${gaps}`;
  }
  const parts = [`${title}, ${period}.`];
  if (peak?.value != null) {
    parts.push(`Highest: ${value(peak.value)} on ${formatDate(peak.date)}.`);
  }
  if (last.value !== null) {
    let latest = `Latest: ${value(last.value)} on ${formatDate(last.date)}`;
    if (last.average !== null) latest += `, 7-day average ${formatMean(last.average, measure)}`;
    const trend = changeOver(input.dataset, spec.averageField, last.date, 7);
    if (trend?.percent != null) {
      const word = trend.percent > 5 ? 'rising' : trend.percent < -5 ? 'falling' : 'flat';
      latest += `, ${word} (${formatPercent(trend.percent)} on the week before)`;
    }
    parts.push(`${latest}.`);
  }
  // Every day above the threshold belongs to exactly one run.
  const daysAbove = runs.reduce((total, run) => total + run.length, 0);
  if (daysAbove > 0) {
    parts.push(
      `${formatCount(daysAbove)} days above ${value(input.dataset.runThreshold)} (shaded).`,
    );
  }
  return parts.join(' ') + gaps;
}
