/**
 * Builds the dataset: one entry per calendar day, reported values completed where they can be
 * derived, everything people derive from them, and flags for every day whose figures do not add up.
 *
 * Nothing is silently fixed. A reported value is kept as reported; when it disagrees with the
 * other figures the day carries a flag that says so, and the interface explains it.
 */
import { type CountField, METRIC_IDS, METRICS, type Metric } from './fields';
import type { Measure } from './format';
import { addDays, daysBetween, type IsoDate, toDayNumber } from './iso-date';
import type { CountColumn, DailyReport, ReportFileMeta } from './report-file';
import { runLengthsAbove, trailingMean } from './rolling';

/** The run threshold used unless another is asked for: the story's "more than 10,000 a day". */
export const DEFAULT_RUN_THRESHOLD = 10_000;

export type DayFlag =
  | { readonly kind: 'missing-report' }
  | {
      readonly kind: 'inconsistent-total';
      readonly metric: Metric;
      /** total(d) - total(d-1) */
      readonly totalChange: number;
      /** the daily value as reported */
      readonly reportedDaily: number;
    }
  | {
      readonly kind: 'total-decreased';
      readonly metric: Metric;
      readonly previousTotal: number;
      readonly total: number;
    }
  | { readonly kind: 'negative-daily'; readonly metric: Metric; readonly daily: number };

/**
 * Every number the dashboard shows for one report date. `null` means not known. The count fields
 * are those of the catalogue (src/data/fields.ts): reported, completed from the day before,
 * 7-day averages (null until 7 consecutive days are known) and active cases (total cases minus
 * deaths and recoveries, where all three are known).
 */
export type DayEntry = { readonly [K in CountField]: number | null } & {
  readonly date: IsoDate;
  /** Columns that were not in the report but derived from the neighbouring figures. */
  readonly derived: readonly CountColumn[];
  /** total deaths / total cases, as a fraction (0.009 = 0.9 %). */
  readonly caseFatalityRatio: number | null;
  /** More new cases than on every earlier day (and more than zero). */
  readonly isRecordHigh: boolean;
  /** Consecutive days, up to and including this one, with new cases above the dataset's threshold. */
  readonly runAboveThreshold: number;
  readonly flags: readonly DayFlag[];
};

/** Where the figures come from, as the shipped file states it. */
export type DatasetProvenance = ReportFileMeta;

export interface Dataset {
  /** One entry per calendar day from `firstDate` to `lastDate`, in order. */
  readonly days: readonly DayEntry[];
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  readonly runThreshold: number;
  readonly provenance: DatasetProvenance | null;
  /** What the figures count: people (as reported), or people per 100,000 residents. */
  readonly measure: Measure;
}

export interface BuildOptions {
  readonly runThreshold?: number;
  readonly provenance?: DatasetProvenance;
}

type MutableEntry = { -readonly [K in keyof DayEntry]: DayEntry[K] };

/** A hundred years of days: far beyond any validated file, small enough to never exhaust memory. */
const MAX_DAYS = 36_600;

/**
 * A date with a row but no figure at all: the source lists the date but no report survives
 * (the official series after 2022-01-20). It is a missing report, like a date with no row.
 */
function isEmptyReport(report: DailyReport): boolean {
  for (const column of COUNT_COLUMNS) if (report[column] !== null) return false;
  return true;
}
const COUNT_COLUMNS = METRIC_IDS.flatMap((metric) => [
  METRICS[metric].daily,
  METRICS[metric].total,
]);

/** Shared by every day without flags or derived values: most days, so no array per day. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Builds the dataset from validated reports in date order (see `parseReportFile`).
 * Gaps between report dates become days with nothing known and a `missing-report` flag.
 */
export function buildDataset(reports: readonly DailyReport[], options: BuildOptions = {}): Dataset {
  const first = reports[0];
  const last = reports[reports.length - 1];
  if (!first || !last) throw new RangeError('A dataset needs at least one report.');
  const runThreshold = options.runThreshold ?? DEFAULT_RUN_THRESHOLD;
  const dayCount = daysBetween(first.date, last.date) + 1;
  // Validated files span a few years (see EARLIEST_REPORT_DATE); a longer calendar is a bug.
  if (dayCount > MAX_DAYS) throw new RangeError(`A dataset of ${dayCount} days is too long.`);
  const reportOfDay = placeOnCalendar(reports, first.date, dayCount);

  // Pass 1: the reported figures, completed and checked against the day before.
  const days: MutableEntry[] = new Array(dayCount);
  for (let i = 0; i < dayCount; i++) {
    const report = reportOfDay[i];
    const today = newEntry(report ?? null, report?.date ?? addDays(first.date, i));
    if (!report || isEmptyReport(report)) today.flags = [{ kind: 'missing-report' }];
    const yesterday = days[i - 1];
    if (yesterday) for (const metric of METRIC_IDS) reconcile(metric, today, yesterday);
    days[i] = today;
  }

  // Pass 2: what is derived from the completed figures.
  const newCases = days.map((day) => day.newCases);
  const avgCases = trailingMean(newCases, 7);
  const avgDeaths = trailingMean(
    days.map((day) => day.newDeaths),
    7,
  );
  const runs = runLengthsAbove(newCases, runThreshold);
  let highestSoFar = 0;
  for (let i = 0; i < dayCount; i++) {
    const day = days[i] as MutableEntry;
    day.newCasesAvg7 = avgCases[i] ?? null;
    day.newDeathsAvg7 = avgDeaths[i] ?? null;
    day.runAboveThreshold = runs[i] ?? 0;
    day.isRecordHigh = day.newCases !== null && day.newCases > highestSoFar;
    if (day.isRecordHigh) highestSoFar = day.newCases as number;
    day.activeCases = activeCases(day);
    day.caseFatalityRatio =
      day.totalCases !== null && day.totalDeaths !== null && day.totalCases > 0
        ? day.totalDeaths / day.totalCases
        : null;
  }
  return {
    days,
    firstDate: first.date,
    lastDate: last.date,
    runThreshold,
    provenance: options.provenance ?? null,
    measure: 'count',
  };
}

/** An entry with the day's reported figures; every derived field is filled in by pass 2. */
function newEntry(report: DailyReport | null, date: IsoDate): MutableEntry {
  return {
    date,
    newCases: report?.newCases ?? null,
    totalCases: report?.totalCases ?? null,
    newDeaths: report?.newDeaths ?? null,
    totalDeaths: report?.totalDeaths ?? null,
    newRecovered: report?.newRecovered ?? null,
    totalRecovered: report?.totalRecovered ?? null,
    derived: NONE,
    newCasesAvg7: null,
    newDeathsAvg7: null,
    activeCases: null,
    caseFatalityRatio: null,
    isRecordHigh: false,
    runAboveThreshold: 0,
    flags: NONE,
  };
}

/** The report of each calendar day from `firstDate`, or undefined where there is none. */
function placeOnCalendar(
  reports: readonly DailyReport[],
  firstDate: IsoDate,
  dayCount: number,
): (DailyReport | undefined)[] {
  const slots: (DailyReport | undefined)[] = new Array(dayCount);
  if (reports.length === dayCount) {
    // The usual case, a report for every day: no date arithmetic needed.
    for (let i = 0; i < dayCount; i++) slots[i] = reports[i];
    return slots;
  }
  const firstDay = toDayNumber(firstDate);
  for (const report of reports) slots[toDayNumber(report.date) - firstDay] = report;
  return slots;
}

/**
 * Completes one metric of one day from the day before, and flags what does not add up:
 * new(d) = total(d) - total(d-1) when new(d) is missing, total(d) = total(d-1) + new(d) when
 * total(d) is missing, and when both are reported, that they agree.
 */
function reconcile(metric: Metric, today: MutableEntry, yesterday: MutableEntry): void {
  const { daily: dailyColumn, total: totalColumn } = METRICS[metric];
  const previousTotal = yesterday[totalColumn];
  const daily = today[dailyColumn];
  const total = today[totalColumn];
  // A negative figure as reported (a region's total revised down) is kept, and said; where the
  // totals show the revision, the total-decreased flag below says it once.
  const revisionShown = previousTotal !== null && total !== null && total < previousTotal;
  if (daily !== null && daily < 0 && !revisionShown) {
    flag(today, { kind: 'negative-daily', metric, daily });
  }
  if (previousTotal === null) return;

  if (total === null) {
    if (daily !== null) {
      today[totalColumn] = previousTotal + daily;
      today.derived = [...today.derived, totalColumn];
    }
    return;
  }
  if (total < previousTotal) flag(today, { kind: 'total-decreased', metric, previousTotal, total });
  const totalChange = total - previousTotal;
  if (daily === null) {
    today[dailyColumn] = totalChange;
    today.derived = [...today.derived, dailyColumn];
    if (totalChange < 0) flag(today, { kind: 'negative-daily', metric, daily: totalChange });
  } else if (daily !== totalChange) {
    flag(today, { kind: 'inconsistent-total', metric, totalChange, reportedDaily: daily });
  }
}

function flag(day: MutableEntry, dayFlag: DayFlag): void {
  day.flags = [...day.flags, dayFlag];
}

function activeCases(c: MutableEntry): number | null {
  if (c.totalCases === null || c.totalDeaths === null || c.totalRecovered === null) return null;
  return c.totalCases - c.totalDeaths - c.totalRecovered;
}

/** The index of a date in `dataset.days`, or -1 when it is outside the data. O(1). */
export function indexOfDate(dataset: Dataset, date: IsoDate): number {
  const index = daysBetween(dataset.firstDate, date);
  return index >= 0 && index < dataset.days.length ? index : -1;
}

export function dayAt(dataset: Dataset, date: IsoDate): DayEntry | undefined {
  return dataset.days[indexOfDate(dataset, date)];
}
