/**
 * Judges one figure against one report. The rules, and why:
 *
 * - Exact figures must match exactly ("11,231"). A figure written with a scale word is as precise
 *   as its last digit ("11.2 thousand", "11 тысяч"): it holds when the data lies from half a unit
 *   below it to a whole unit above it, as writers both round ("11.2" for 11,231) and cut ("11
 *   тысяч" for 11,960).
 * - "More than X" holds when the data is above X, and X is a plausible rounding of it: the data
 *   is at most one and a half times X (BOUND_SLACK). Past that the statement is true but says
 *   nothing about this report ("more than 10" for 177,160): "uncheckable", reason
 *   "bound-too-loose", rather than "verified", which would vouch for a figure nobody reported.
 *   "Fewer than X" mirrors it; "at least X" takes X itself.
 * - "Nearly X" holds from 5% below X (NEAR_TOLERANCE) up to X; "about X" within 5% either side.
 * - A run ("fifth day in a row above 10,000") holds when the run of days above the threshold that
 *   ends on the report is exactly that long (a sixth day is not a fifth).
 * - A record holds when the figure holds and the day's value is above every earlier day's.
 * - A figure that does not say whether it is the day's or the running total ("1,600 people have
 *   died") is read as the one of the two the data puts closer to it (and the result says so).
 */

import type { Dataset } from '../dataset';
import { METRICS, type Metric, type ReportedField } from '../fields';
import { addDays, type IsoDate } from '../iso-date';
import { runEndingOn } from '../range';
import type { PlaceCode } from '../series';
import { highestBefore, type Lookup, valueOn } from './series-lookup';
import { type FieldBasis, type Reason, type Relation, type StoryFigure, VERDICT_OF } from './types';

/** How far above a "more than" bound the data may be for the bound to be its rounding. */
export const BOUND_SLACK = 1.5;
/** How far from X "nearly X" and "about X" may be, as a share of X. */
export const NEAR_TOLERANCE = 0.05;

export type DatasetFor = (place: PlaceCode) => Dataset | undefined;

export interface Judgement {
  readonly reason: Reason;
  readonly place: PlaceCode | null;
  readonly metric: Metric | null;
  readonly field: ReportedField | null;
  readonly fieldBasis: FieldBasis | null;
  /** The report the figure's value comes from (the story's, or an earlier one it cites). */
  readonly reportDate: IsoDate | null;
  readonly dataValue: number | null;
}

const UNPLACED = {
  place: null,
  metric: null,
  field: null,
  fieldBasis: null,
  reportDate: null,
  dataValue: null,
} as const;

/**
 * Why a figure cannot be checked whatever the data says (a percentage, tests, another country, a
 * count of nothing named); null when it can be.
 */
export function uncheckableAsWritten(figure: StoryFigure): Reason | null {
  if (figure.form !== 'count') return { kind: figure.form };
  if (figure.place.kind === 'foreign') return { kind: 'foreign-place', name: figure.place.name };
  if (figure.subject.kind === 'out-of-scope')
    return { kind: 'out-of-scope', what: figure.subject.what };
  if (figure.subject.kind === 'unknown') return { kind: 'metric-unknown' };
  return null;
}

/** Judges `figure` as a statement about the report of `storyDate`. */
export function judgeFigure(
  figure: StoryFigure,
  storyDate: IsoDate,
  datasetFor: DatasetFor,
): Judgement {
  const reportDate =
    figure.relation.kind === 'earlier-report'
      ? shift(storyDate, -figure.relation.daysBefore)
      : storyDate;
  const place = figure.place.kind === 'place' ? figure.place.code : null;
  const placed = { ...UNPLACED, place, reportDate: place === null ? null : reportDate };
  const asWritten = uncheckableAsWritten(figure);
  const { subject } = figure;
  if (asWritten || place === null || subject.kind !== 'count') {
    // Only a count of nothing named keeps its place and date: the reader may still look there.
    const keepsPlace = asWritten?.kind === 'metric-unknown';
    return {
      ...(keepsPlace ? placed : { ...UNPLACED, place }),
      reason: asWritten ?? { kind: 'metric-unknown' },
    };
  }
  const dataset = datasetFor(place);
  if (!dataset)
    return { ...placed, metric: subject.metric, reason: { kind: 'place-not-loaded', place } };

  const { field, fieldBasis, lookup } = chooseField(
    dataset,
    reportDate,
    subject.metric,
    figure.relation.kind === 'change' ? 'daily' : subject.period,
    figure.value,
  );
  const located = { ...placed, metric: subject.metric, field, fieldBasis };
  if (lookup.kind === 'outside-data') {
    return {
      ...located,
      reason: {
        kind: 'outside-data',
        reportDate,
        firstDate: dataset.firstDate,
        lastDate: dataset.lastDate,
      },
    };
  }
  if (lookup.kind === 'not-reported') {
    return { ...located, reason: { kind: 'not-reported', reportDate, field } };
  }
  if (figure.relation.kind === 'change') {
    return judgeChange(
      figure,
      figure.relation,
      dataset,
      { reportDate, field, value: lookup.value },
      located,
    );
  }
  if (figure.run) {
    const reason = judgeRun(
      figure.value,
      figure.comparison,
      figure.run.days,
      dataset,
      reportDate,
      field,
    );
    // The value the data holds for a run is the length of the run that ends on the report.
    return {
      ...located,
      dataValue: reason.kind === 'run-holds' ? reason.days : reason.dataValue,
      reason,
    };
  }
  const reason = judgeValue(figure, lookup.value);
  // A record is judged once the value holds, and only of a day's figure.
  const holds = VERDICT_OF[reason.kind] === 'verified';
  if (figure.record && holds && field === METRICS[subject.metric].daily) {
    return {
      ...located,
      dataValue: lookup.value,
      reason: judgeRecord(dataset, reportDate, field, lookup.value),
    };
  }
  return { ...located, dataValue: lookup.value, reason };
}

/** The date `days` before or after, or the date itself if that would leave the calendar. */
function shift(date: IsoDate, days: number): IsoDate {
  try {
    return addDays(date, days);
  } catch {
    return date;
  }
}

function chooseField(
  dataset: Dataset,
  date: IsoDate,
  metric: Metric,
  period: 'daily' | 'total' | null,
  value: number,
): { field: ReportedField; fieldBasis: FieldBasis; lookup: Lookup } {
  const { daily, total } = METRICS[metric];
  if (period !== null) {
    const field = period === 'daily' ? daily : total;
    return { field, fieldBasis: 'stated', lookup: valueOn(dataset, date, field) };
  }
  const dailyLookup = valueOn(dataset, date, daily);
  const totalLookup = valueOn(dataset, date, total);
  const closerIsTotal =
    totalLookup.kind === 'value' &&
    (dailyLookup.kind !== 'value' ||
      logDistance(value, totalLookup.value) < logDistance(value, dailyLookup.value));
  return closerIsTotal
    ? { field: total, fieldBasis: 'closest-value', lookup: totalLookup }
    : { field: daily, fieldBasis: 'closest-value', lookup: dailyLookup };
}

/** How many times apart two counts are (on a log scale, so 10 and 100 are as far as 100 and 1,000). */
function logDistance(a: number, b: number): number {
  return Math.abs(Math.log(Math.max(a, 1)) - Math.log(Math.max(b, 1)));
}

/** The figure's value against the data's, by its comparison and precision. */
export function judgeValue(
  figure: Pick<StoryFigure, 'value' | 'precision' | 'comparison'>,
  dataValue: number,
): Reason {
  const { value, precision, comparison } = figure;
  switch (comparison) {
    case 'exact':
      if (precision <= 1) {
        return dataValue === value ? { kind: 'equal', dataValue } : { kind: 'differs', dataValue };
      }
      return dataValue >= value - precision / 2 && dataValue < value + precision
        ? { kind: 'rounds-to', dataValue, precision }
        : { kind: 'differs', dataValue };
    case 'more-than':
    case 'at-least': {
      const holds = comparison === 'more-than' ? dataValue > value : dataValue >= value;
      if (!holds) return { kind: 'bound-fails', comparison, bound: value, dataValue };
      return dataValue <= value * BOUND_SLACK
        ? { kind: 'bound-holds', comparison, bound: value, dataValue }
        : { kind: 'bound-too-loose', comparison, bound: value, dataValue };
    }
    case 'less-than':
      if (dataValue >= value) return { kind: 'bound-fails', comparison, bound: value, dataValue };
      return dataValue * BOUND_SLACK >= value
        ? { kind: 'bound-holds', comparison, bound: value, dataValue }
        : { kind: 'bound-too-loose', comparison, bound: value, dataValue };
    case 'nearly': {
      const tolerance = Math.round(value * NEAR_TOLERANCE);
      return dataValue <= value && dataValue >= value - tolerance
        ? { kind: 'near', comparison, dataValue, tolerance }
        : { kind: 'not-near', comparison, dataValue, tolerance };
    }
    case 'about': {
      const tolerance = Math.round(value * NEAR_TOLERANCE);
      return Math.abs(dataValue - value) <= tolerance
        ? { kind: 'near', comparison, dataValue, tolerance }
        : { kind: 'not-near', comparison, dataValue, tolerance };
    }
  }
}

function judgeRun(
  threshold: number,
  comparison: StoryFigure['comparison'],
  days: number,
  dataset: Dataset,
  date: IsoDate,
  field: ReportedField,
): Extract<Reason, { kind: 'run-holds' | 'run-differs' }> {
  // "at least 10,000" counts a day of exactly 10,000; runEndingOn counts days strictly above.
  const strictThreshold = comparison === 'at-least' ? threshold - 1 : threshold;
  const run = runEndingOn(dataset, date, strictThreshold, field);
  const from = run[0] ?? null;
  if (run.length === days && from !== null) {
    return { kind: 'run-holds', threshold, days, from, to: date };
  }
  return { kind: 'run-differs', threshold, statedDays: days, dataValue: run.length, from };
}

function judgeRecord(dataset: Dataset, date: IsoDate, field: ReportedField, value: number): Reason {
  const previousHigh = highestBefore(dataset, date, field);
  if (previousHigh === null || value > previousHigh.value) {
    return { kind: 'record-holds', dataValue: value, previousHigh };
  }
  return { kind: 'not-a-record', dataValue: value, higher: previousHigh };
}

/** "532 more than a day earlier": the change of the field since the earlier report. */
function judgeChange(
  figure: Pick<StoryFigure, 'value' | 'precision'>,
  change: Extract<Relation, { kind: 'change' }>,
  dataset: Dataset,
  today: { readonly reportDate: IsoDate; readonly field: ReportedField; readonly value: number },
  located: Omit<Judgement, 'reason'>,
): Judgement {
  const { reportDate, field, value } = today;
  const earlierDate = shift(reportDate, -change.daysBefore);
  const earlier = valueOn(dataset, earlierDate, field);
  if (earlier.kind === 'not-reported') {
    return { ...located, reason: { kind: 'not-reported', reportDate: earlierDate, field } };
  }
  if (earlier.kind === 'outside-data') {
    const { firstDate, lastDate } = dataset;
    return {
      ...located,
      reason: { kind: 'outside-data', reportDate: earlierDate, firstDate, lastDate },
    };
  }
  const dataChange = value - earlier.value;
  const stated = change.direction === 'more' ? figure.value : -figure.value;
  const reason = judgeValue({ ...figure, value: stated, comparison: 'exact' }, dataChange);
  return { ...located, dataValue: dataChange, reason };
}
