/**
 * A dataset per 100,000 residents: every count of every day divided by the population and
 * multiplied by 100,000. Flags keep the counts they describe (they say what the source reported);
 * records, runs and derived marks are those of the counts, since scaling changes no order.
 */
import type { Dataset, DayEntry } from './dataset';
import { COUNT_FIELDS } from './fields';

/** A count per 100,000 residents. */
export function per100k(count: number, population: number): number {
  return (count * 100_000) / population;
}

export function perCapitaDataset(dataset: Dataset, population: number): Dataset {
  if (!(population > 0)) throw new RangeError(`Not a population: ${population}`);
  const scale = (value: number | null) => (value === null ? null : per100k(value, population));
  const days = dataset.days.map((day) => {
    const scaled: Record<string, number | null> = {};
    for (const field of COUNT_FIELDS) scaled[field] = scale(day[field]);
    return { ...day, ...scaled } as DayEntry;
  });
  return {
    ...dataset,
    days,
    runThreshold: per100k(dataset.runThreshold, population),
    measure: 'per100k',
  };
}
