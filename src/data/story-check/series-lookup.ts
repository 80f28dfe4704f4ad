/**
 * What a dataset holds for a figure: the value of a field on a report date, the highest value
 * before it (is it a record?), and the run above a threshold that ends on it. Choosing a report
 * date tries every report, so the highest-so-far of each field is worked out once per dataset.
 */
import { type Dataset, dayAt, indexOfDate } from '../dataset';
import type { ReportedField } from '../fields';
import type { IsoDate } from '../iso-date';
import { memoPerPair } from '../memo';
import type { DatedValue } from './types';

export type Lookup =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'not-reported' }
  | { readonly kind: 'outside-data' };

export function valueOn(dataset: Dataset, date: IsoDate, field: ReportedField): Lookup {
  if (indexOfDate(dataset, date) < 0) return { kind: 'outside-data' };
  const value = dayAt(dataset, date)?.[field] ?? null;
  return value === null ? { kind: 'not-reported' } : { kind: 'value', value };
}

/** For each day, the highest value of the field on any earlier day (null before the first). */
type HighestBefore = readonly (DatedValue | null)[];

/** The highest value of `field` before `date` and the day it was reached (the first such day). */
export function highestBefore(
  dataset: Dataset,
  date: IsoDate,
  field: ReportedField,
): DatedValue | null {
  const index = indexOfDate(dataset, date);
  if (index < 0) return null;
  return highestSoFar(dataset, field)[index] ?? null;
}

/** Worked out once per dataset and field: a story can ask about many figures of one series. */
const highestSoFar = memoPerPair((dataset: Dataset, field: ReportedField): HighestBefore => {
  const result: (DatedValue | null)[] = new Array(dataset.days.length);
  let best: DatedValue | null = null;
  dataset.days.forEach((day, i) => {
    result[i] = best;
    const value = day[field];
    if (value !== null && (best === null || value > best.value)) best = { date: day.date, value };
  });
  return result;
});
