/**
 * What a chart draws, prepared from the dataset: its points, annotations and one-sentence summary.
 * Pure: the chart components only draw what this returns. Its words come from the page's
 * catalogue (`m().charts`), worded here once per model rather than on every draw.
 */
import type { Dataset, DayFlag } from '../../data/dataset';
import { averageOf, type CountField, FIELDS, type Metric } from '../../data/fields';
import { flagsFor } from '../../data/flags';
import type { Measure } from '../../data/format';
import { type IsoDate, toDayNumber } from '../../data/iso-date';
import { memoPerPair, memoRecent } from '../../data/memo';
import { changeOver, type DateRange, rangeIndices, runsAbove } from '../../data/range';
import { m, pageLocale } from '../../i18n/messages';
import { CHARTS, type ChartDefinition, type ChartId } from '../../view-state/charts';
import type { Scale } from '../../view-state/view-state';

/**
 * A chart, completed from the field catalogue. Without the English title of its definition: the
 * page shows the catalogue's (`m().charts.titles[id]`), and the value's name is
 * `m().charts.fields[field]`.
 */
export interface ChartSpec extends Omit<ChartDefinition, 'title'> {
  readonly id: ChartId;
  readonly metric: Metric;
  /** The 7-day average drawn as a line over daily bars; null for a cumulative line. */
  readonly averageField: CountField | null;
}

/** The page's charts, each completed from the field catalogue. */
export const CHART_SPECS: readonly ChartSpec[] = CHARTS.map((chart) => ({
  ...chart,
  metric: FIELDS[chart.field].metric,
  averageField: averageOf(chart.field),
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
  /** The label of the highest day's marker ("Highest: 41.3K"), or null without one. */
  readonly peakLabel: string | null;
  /** What the values count: people, or people per 100,000 residents. */
  readonly measure: Measure;
}

export interface ChartModelInput {
  readonly dataset: Dataset;
  readonly range: DateRange;
  readonly scale: Scale;
  readonly storyDate: IsoDate;
}

/**
 * Every day of a dataset as one chart's points, made once per dataset and chart: the points of a
 * range are a slice of them. Made anew for each range they were 3,300 objects per change of
 * dates, whose garbage collection took 16 ms of a redraw at CPU x1 (60-140 ms with the profiler).
 */
const allPoints = memoPerPair((dataset: Dataset, spec: ChartSpec): readonly ChartPoint[] =>
  Object.freeze(
    dataset.days.map((day) =>
      Object.freeze({
        x: toDayNumber(day.date),
        date: day.date,
        value: day[spec.field],
        average: spec.averageField ? day[spec.averageField] : null,
        // Only what concerns this chart: a revision of deaths is not a flag on the cases charts.
        flags: flagsFor(day.flags, spec.metric),
      }),
    ),
  ),
);

/**
 * The models of the last few views of each chart of a dataset (kept with its points). A model of
 * 1,100 days took 3-9 ms of a redraw at CPU x1 (CPU profiles), and readers go back and forth
 * between a few: a preset and the whole period, one scale and the other.
 */
const recentModels = memoRecent<readonly ChartPoint[], ChartModel>(8);

export function buildChartModel(spec: ChartSpec, input: ChartModelInput): ChartModel {
  const { dataset, range, scale, storyDate } = input;
  // Everything the model depends on besides its chart's points; the words are the page's
  // language, which tests switch.
  const key = `${range.from} ${range.to} ${scale} ${storyDate} ${pageLocale()}`;
  return recentModels(allPoints(dataset, spec), key, () => makeChartModel(spec, input));
}

function makeChartModel(spec: ChartSpec, input: ChartModelInput): ChartModel {
  const { dataset, range, scale, storyDate } = input;
  const { start, end } = rangeIndices(dataset, range);
  const points = allPoints(dataset, spec).slice(start, end);

  // Values and averages alike, 0 and below left out: one pass that allocates nothing per day
  // (it runs on 3 x 1,100 points at each change of dates, often before the code is optimised;
  // with an array made per day it took 5-7 ms of that redraw at CPU x1, in a CPU profile).
  let maxValue = 0;
  let minPositive = Number.POSITIVE_INFINITY;
  let highest: ChartPoint | null = null;
  let highestValue = Number.NEGATIVE_INFINITY;
  for (const point of points) {
    const { value, average } = point;
    // The first day of the highest value: a later day as high is not the peak.
    if (value !== null && value > highestValue) {
      highest = point;
      highestValue = value;
    }
    maxValue = Math.max(maxValue, value ?? 0, average ?? 0);
    if (value !== null && value > 0 && value < minPositive) minPositive = value;
    if (average !== null && average > 0 && average < minPositive) minPositive = average;
  }
  const peak: ChartMarker | null = highest && {
    x: highest.x,
    date: highest.date,
    value: highest.value,
  };
  const gaps = gapRuns(points);
  const runs = spec.showRuns
    ? runsAbove(dataset.days.slice(start, end), dataset.runThreshold, spec.field).map((run) => ({
        x1: toDayNumber(run.from),
        x2: toDayNumber(run.to),
        length: run.length,
      }))
    : [];

  return {
    spec,
    points,
    range,
    scale,
    maxValue,
    minPositive: Number.isFinite(minPositive) ? minPositive : null,
    peak,
    runs,
    runThreshold: dataset.runThreshold,
    story: markerAt(points, storyDate),
    gaps,
    flagged: flaggedDays(points),
    summary: summarise(spec, input, points, peak, runs, gaps),
    peakLabel: peak?.value != null ? m().charts.markers.highest(peak.value) : null,
    measure: dataset.measure,
  };
}

/** Days whose figures do not add up, with what is wrong in words (a gap is not one of them). */
function flaggedDays(points: readonly ChartPoint[]): ChartModel['flagged'] {
  return points
    .filter((p) => p.flags.some((flag) => flag.kind !== 'missing-report'))
    .map((p) => ({ x: p.x, date: p.date, text: p.flags.map(m().common.describeFlag).join(' ') }));
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

/**
 * The chart in a few whole sentences, each worded by the catalogue from the facts given here;
 * what they say (the highest day, the trend of the last week, ...) is decided here.
 */
function summarise(
  spec: ChartSpec,
  input: ChartModelInput,
  points: readonly ChartPoint[],
  peak: ChartMarker | null,
  runs: ChartModel['runs'],
  gaps: ChartModel['gaps'],
): string {
  const words = m().charts.summary;
  const title = m().charts.titles[spec.id];
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return words.noData(title);
  const { measure } = input.dataset;
  const subject = words.subject(title, measure);
  const missing = gaps.reduce((total, gap) => total + gap.length, 0);
  const gapSentences =
    missing > 0 ? [words.gaps(missing, points.length, spec.averageField ? 'bars' : 'line')] : [];
  if (!spec.averageField) {
    const from = points.find((p) => p.value !== null);
    const to = points.findLast((p) => p.value !== null);
    if (!from || !to || from.value === null || to.value === null) {
      return [words.totalNotReported(subject, first.date, last.date), ...gapSentences].join(' ');
    }
    return [
      words.totalRose({
        subject,
        from: { value: from.value, date: from.date },
        to: { value: to.value, date: to.date },
        endsEarly: to.date !== last.date,
        measure,
      }),
      ...gapSentences,
    ].join(' ');
  }
  const sentences = [words.period(subject, first.date, last.date)];
  if (peak?.value != null) sentences.push(words.highest(peak.value, peak.date, measure));
  if (last.value !== null) {
    const change = changeOver(input.dataset, spec.averageField, last.date, 7);
    const percent = change?.percent;
    sentences.push(
      words.latest({
        value: last.value,
        date: last.date,
        average: last.average,
        trend:
          percent != null
            ? {
                direction: percent > 5 ? 'rising' : percent < -5 ? 'falling' : 'flat',
                percent,
              }
            : null,
        measure,
      }),
    );
  }
  // Every day above the threshold belongs to exactly one run.
  const daysAbove = runs.reduce((total, run) => total + run.length, 0);
  if (daysAbove > 0)
    sentences.push(words.daysAbove(daysAbove, input.dataset.runThreshold, measure));
  return [...sentences, ...gapSentences].join(' ');
}
