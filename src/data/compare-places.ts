/**
 * Several places side by side: each one's 7-day average of daily new cases per 100,000
 * residents, day by day, so that a small region and a large one can be read on one chart.
 */
import { type Dataset, dayAt } from './dataset';
import { addDays, daysBetween, type IsoDate, toDayNumber } from './iso-date';
import { per100k } from './per-capita';
import type { DateRange } from './range';

export interface ComparedPlace {
  readonly dataset: Dataset;
  readonly population: number;
}

export interface PlaceComparisonDay {
  readonly x: number;
  readonly date: IsoDate;
  /** One value per place, in the order given; null where the average is not known. */
  readonly values: readonly (number | null)[];
}

export interface PlaceSummary {
  /** The highest 7-day average per 100,000 in the range, and its date. */
  readonly peak: { readonly date: IsoDate; readonly value: number } | null;
  /** The last known value in the range, and its date. */
  readonly latest: { readonly date: IsoDate; readonly value: number } | null;
}

export function comparePlaces(
  places: readonly ComparedPlace[],
  range: DateRange,
): { days: PlaceComparisonDay[]; summaries: PlaceSummary[] } {
  const count = Math.max(0, daysBetween(range.from, range.to) + 1);
  const days: PlaceComparisonDay[] = [];
  const summaries = places.map(() => ({
    peak: null as PlaceSummary['peak'],
    latest: null as PlaceSummary['latest'],
  }));
  for (let i = 0; i < count; i++) {
    const date = addDays(range.from, i);
    const values = places.map((place, index) => {
      const average = dayAt(place.dataset, date)?.newCasesAvg7 ?? null;
      if (average === null) return null;
      const value = per100k(average, place.population);
      const summary = summaries[index];
      if (summary) {
        if (!summary.peak || value > summary.peak.value) summary.peak = { date, value };
        summary.latest = { date, value };
      }
      return value;
    });
    days.push({ x: toDayNumber(date), date, values });
  }
  return { days, summaries };
}
