/**
 * The key figures of one report date: a value, how it changed, its 7-day average and the recent
 * days behind it, for any count field.
 */
import { type Dataset, type DayFlag, indexOfDate } from './dataset';
import type { IsoDate } from './iso-date';
import { type Change, type CountField, changeOver } from './range';

/** Days of history drawn in a card's sparkline, up to and including its date. */
export const SPARKLINE_DAYS = 28;

export interface KeyFigure {
  readonly field: CountField;
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
    date,
    value: day[field],
    derived: (day.derived as readonly string[]).includes(field),
    average: averageField ? day[averageField] : null,
    vsPreviousDay: changeOver(dataset, field, date, 1),
    vsWeekBefore: changeOver(dataset, field, date, 7),
    recent,
    recentExtent: known.length > 0 ? { low: Math.min(...known), high: Math.max(...known) } : null,
    flags: day.flags,
  };
}
