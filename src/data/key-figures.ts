/**
 * The key figures of one report date: a value, how it changed, its 7-day average and the recent
 * days behind it, for any count field.
 */
import { type Dataset, type DayEntry, type DayFlag, indexOfDate } from './dataset';
import type { CountField } from './fields';
import type { Measure } from './format';
import type { IsoDate } from './iso-date';
import { memoPerPair } from './memo';
import { type Change, changeOver } from './range';

/** Days of history drawn in a card's sparkline, up to and including its date. */
export const SPARKLINE_DAYS = 28;

export interface KeyFigure {
  readonly field: CountField;
  /** What the value counts (people, or people per 100,000), as the dataset does. */
  readonly measure: Measure;
  readonly date: IsoDate;
  /** null: not reported on that date (for example recoveries before 2020-03-24). */
  readonly value: number | null;
  /** True when the value was derived from other figures of the report rather than reported. */
  readonly derived: boolean;
  readonly average: number | null;
  readonly vsPreviousDay: Change | null;
  readonly vsWeekBefore: Change | null;
  /** The field over the SPARKLINE_DAYS days to `date` (fewer at the start of the data). */
  readonly recent: readonly { readonly date: IsoDate; readonly value: number | null }[];
  /** The lowest and highest known value among `recent`; null when none is known. */
  readonly recentExtent: { readonly low: number; readonly high: number } | null;
  readonly flags: readonly DayFlag[];
  /** Why the value is null, when it is. */
  readonly unknownBecause: UnknownReason | null;
}

/**
 * Why a figure is not known on a date: no report survives for the date; the series has the field
 * but not yet (recoveries before 2020-03-24) or no longer (official totals after 2022-03-11); the
 * series never has it (JHU's recoveries here); or this one report lacks it.
 */
export type UnknownReason =
  | { readonly kind: 'missing-report' }
  | { readonly kind: 'not-yet'; readonly firstKnown: IsoDate }
  | { readonly kind: 'no-longer'; readonly lastKnown: IsoDate }
  | { readonly kind: 'never' }
  | { readonly kind: 'not-in-report' };

/** The first and last date on which `field` is known in the series (worked out once per dataset). */
export const knownSpan = memoPerPair(
  (
    dataset: Dataset,
    field: CountField,
  ): { readonly first: IsoDate; readonly last: IsoDate } | null => {
    const first = dataset.days.find((day) => day[field] !== null);
    const last = dataset.days.findLast((day) => day[field] !== null);
    return first && last ? { first: first.date, last: last.date } : null;
  },
);

function unknownReason(dataset: Dataset, field: CountField, day: DayEntry): UnknownReason {
  if (day.flags.some((flag) => flag.kind === 'missing-report')) return { kind: 'missing-report' };
  const span = knownSpan(dataset, field);
  if (!span) return { kind: 'never' };
  if (day.date < span.first) return { kind: 'not-yet', firstKnown: span.first };
  if (day.date > span.last) return { kind: 'no-longer', lastKnown: span.last };
  return { kind: 'not-in-report' };
}

/** The key figure of `field` on `date`; null when the date is outside the data. */
export function keyFigure(
  dataset: Dataset,
  field: CountField,
  date: IsoDate,
  averageField: CountField | null = null,
): KeyFigure | null {
  const index = indexOfDate(dataset, date);
  const day = dataset.days[index];
  if (!day) return null;
  const recent = dataset.days
    .slice(Math.max(0, index - SPARKLINE_DAYS + 1), index + 1)
    .map((d) => ({ date: d.date, value: d[field] }));
  const known = recent.map((d) => d.value).filter((v): v is number => v !== null);
  return {
    field,
    measure: dataset.measure,
    date,
    value: day[field],
    derived: (day.derived as readonly string[]).includes(field),
    average: averageField ? day[averageField] : null,
    vsPreviousDay: changeOver(dataset, field, date, 1),
    vsWeekBefore: changeOver(dataset, field, date, 7),
    recent,
    recentExtent: known.length > 0 ? { low: Math.min(...known), high: Math.max(...known) } : null,
    flags: day.flags,
    unknownBecause: day[field] === null ? unknownReason(dataset, field, day) : null,
  };
}
