/**
 * Questions asked of a date range or of one day: the slice of days, what happened within the
 * range, and how a figure changed against an earlier day.
 */
import { type Dataset, type DayEntry, type DayFlag, indexOfDate } from './dataset';
import type { CountField } from './fields';
import { daysBetween, type IsoDate } from './iso-date';

/** Inclusive on both ends, as people read "3-7 May". */
export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** True when `date` lies within `range` (inclusive). */
export function isInRange(range: DateRange, date: IsoDate): boolean {
  return date >= range.from && date <= range.to;
}

/**
 * Where `range` (inclusive), clipped to the data, starts and ends among the dataset's days, as
 * slice() takes them (`end` exclusive); start === end when no day of the data is in it.
 */
export function rangeIndices(dataset: Dataset, range: DateRange): { start: number; end: number } {
  if (range.from > range.to) return { start: 0, end: 0 };
  const start = Math.max(0, daysBetween(dataset.firstDate, range.from));
  const end = Math.min(dataset.days.length, daysBetween(dataset.firstDate, range.to) + 1);
  return start < end ? { start, end } : { start: 0, end: 0 };
}

/** The days of the dataset inside `range` (inclusive), clipped to the data. Empty if none. */
export function sliceRange(dataset: Dataset, range: DateRange): readonly DayEntry[] {
  const { start, end } = rangeIndices(dataset, range);
  return dataset.days.slice(start, end);
}

export interface RangeSummary {
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  readonly dayCount: number;
  /**
   * Sum of the known daily values within the range; null when no day of it has one (a range of
   * missing reports is "not reported", never 0).
   */
  readonly newCases: number | null;
  readonly newDeaths: number | null;
  /** Days in the range whose new cases are unknown: `newCases` leaves them out. */
  readonly daysWithoutNewCases: number;
  readonly daysWithoutNewDeaths: number;
  /** The day with the most new cases in the range (the earliest, on a tie). */
  readonly peakNewCases: { readonly date: IsoDate; readonly value: number } | null;
  readonly peakNewDeaths: { readonly date: IsoDate; readonly value: number } | null;
  readonly threshold: number;
  readonly daysAboveThreshold: number;
  /** The longest run of consecutive days above the threshold that lies inside the range. */
  readonly longestRunAboveThreshold: number;
  readonly flaggedDays: readonly { readonly date: IsoDate; readonly flags: readonly DayFlag[] }[];
}

/** Summarises consecutive days (for example a slice). Null for no days. */
export function summariseDays(days: readonly DayEntry[], threshold: number): RangeSummary | null {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return null;
  let newCases = 0;
  let newDeaths = 0;
  let daysWithoutNewCases = 0;
  let daysWithoutNewDeaths = 0;
  let peakNewCases: RangeSummary['peakNewCases'] = null;
  let peakNewDeaths: RangeSummary['peakNewDeaths'] = null;
  let daysAboveThreshold = 0;
  let run = 0;
  let longestRun = 0;
  const flaggedDays: { date: IsoDate; flags: readonly DayFlag[] }[] = [];

  for (const day of days) {
    if (day.newCases === null) daysWithoutNewCases++;
    else {
      newCases += day.newCases;
      if (!peakNewCases || day.newCases > peakNewCases.value) {
        peakNewCases = { date: day.date, value: day.newCases };
      }
    }
    if (day.newDeaths === null) daysWithoutNewDeaths++;
    else {
      newDeaths += day.newDeaths;
      if (!peakNewDeaths || day.newDeaths > peakNewDeaths.value) {
        peakNewDeaths = { date: day.date, value: day.newDeaths };
      }
    }
    if (day.newCases !== null && day.newCases > threshold) {
      daysAboveThreshold++;
      run++;
      longestRun = Math.max(longestRun, run);
    } else run = 0;
    if (day.flags.length > 0) flaggedDays.push({ date: day.date, flags: day.flags });
  }
  return {
    firstDate: first.date,
    lastDate: last.date,
    dayCount: days.length,
    newCases: daysWithoutNewCases === days.length ? null : newCases,
    newDeaths: daysWithoutNewDeaths === days.length ? null : newDeaths,
    daysWithoutNewCases,
    daysWithoutNewDeaths,
    peakNewCases,
    peakNewDeaths,
    threshold,
    daysAboveThreshold,
    longestRunAboveThreshold: longestRun,
    flaggedDays,
  };
}

/** What happened within `range`; null when the range holds no data. */
export function summariseRange(
  dataset: Dataset,
  range: DateRange,
  threshold = dataset.runThreshold,
): RangeSummary | null {
  return summariseDays(sliceRange(dataset, range), threshold);
}

export interface Change {
  readonly date: IsoDate;
  readonly comparedWith: IsoDate;
  readonly value: number;
  readonly previousValue: number;
  readonly absolute: number;
  /** Relative change in percent; null when the earlier value is 0. */
  readonly percent: number | null;
}

/**
 * How `field` on `date` compares with its value `lagDays` earlier (1 = previous day, 7 = a week).
 * Null when either value is unknown or the earlier day is before the data.
 */
export function changeOver(
  dataset: Dataset,
  field: CountField,
  date: IsoDate,
  lagDays: number,
): Change | null {
  const index = indexOfDate(dataset, date);
  if (index < 0 || index - lagDays < 0) return null;
  const day = dataset.days[index];
  const earlier = dataset.days[index - lagDays];
  const value = day?.[field] ?? null;
  const previousValue = earlier?.[field] ?? null;
  if (!day || !earlier || value === null || previousValue === null) return null;
  const absolute = value - previousValue;
  return {
    date: day.date,
    comparedWith: earlier.date,
    value,
    previousValue,
    absolute,
    percent: previousValue === 0 ? null : (absolute / previousValue) * 100,
  };
}

/**
 * The run of consecutive days with `field` above `threshold` that ends on `date`: its length and
 * dates. Works for any threshold, not only the dataset's default.
 */
export function runEndingOn(
  dataset: Dataset,
  date: IsoDate,
  threshold: number,
  field: CountField = 'newCases',
): readonly IsoDate[] {
  const index = indexOfDate(dataset, date);
  const dates: IsoDate[] = [];
  for (let i = index; i >= 0; i--) {
    const day = dataset.days[i];
    const value = day?.[field] ?? null;
    if (!day || value === null || value <= threshold) break;
    dates.push(day.date);
  }
  return dates.reverse();
}

/** A run of consecutive days above a threshold. */
export interface Run {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly length: number;
}

/**
 * The runs of consecutive days on which `field` was above `threshold`, within `days` (a run that
 * starts before the first day is cut at it).
 */
export function runsAbove(
  days: readonly DayEntry[],
  threshold: number,
  field: CountField = 'newCases',
): Run[] {
  const runs: Run[] = [];
  let start: DayEntry | null = null;
  let length = 0;
  let previous: DayEntry | null = null;
  for (const day of days) {
    const value = day[field];
    if (value !== null && value > threshold) {
      if (start === null) start = day;
      length++;
    } else if (start !== null && previous !== null) {
      runs.push({ from: start.date, to: previous.date, length });
      start = null;
      length = 0;
    }
    previous = day;
  }
  if (start !== null && previous !== null)
    runs.push({ from: start.date, to: previous.date, length });
  return runs;
}
