/**
 * Date ticks for a time axis: whole days, weeks, months or years, as many as fit.
 */
import { formatDayMonth, formatMonthYear, formatYear } from '../../data/format';
import { formatIsoDate, fromDayNumber, type IsoDate, toDayNumber } from '../../data/iso-date';

export interface TimeTick {
  readonly x: number;
  readonly date: IsoDate;
}

type Step =
  | { readonly unit: 'day'; readonly count: number }
  | { readonly unit: 'month'; readonly count: number };

const STEPS: readonly Step[] = [
  { unit: 'day', count: 1 },
  { unit: 'day', count: 2 },
  { unit: 'day', count: 7 },
  { unit: 'day', count: 14 },
  { unit: 'month', count: 1 },
  { unit: 'month', count: 2 },
  { unit: 'month', count: 3 },
  { unit: 'month', count: 6 },
  { unit: 'month', count: 12 },
  { unit: 'month', count: 24 },
  { unit: 'month', count: 60 },
];

/** How many ticks a step gives, without making them (cheap enough to try every step). */
function tickCount(step: Step, first: number, last: number): number {
  if (step.unit === 'day') return Math.floor((last - first) / step.count) + 1;
  const months = (last - first) / 30.44; // an estimate is enough to rule a step out
  return Math.floor(months / step.count) + 1;
}

function ticksFor(step: Step, first: number, last: number): TimeTick[] {
  const ticks: TimeTick[] = [];
  if (step.unit === 'day') {
    for (let x = first; x <= last; x += step.count) ticks.push({ x, date: fromDayNumber(x) });
    return ticks;
  }
  const start = fromDayNumber(first);
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7)) - 1; // 0-based
  // First month start on or after `first` that is a multiple of the step (Jan, Apr, Jul, Oct...).
  if (Number(start.slice(8, 10)) !== 1) month++;
  while (month % step.count !== 0) month++;
  for (;;) {
    year += Math.floor(month / 12);
    month %= 12;
    const x = toDayNumber(formatIsoDate(year, month + 1, 1));
    if (x > last) return ticks;
    ticks.push({ x, date: fromDayNumber(x) });
    month += step.count;
  }
}

/** Ticks between two dates (inclusive), at most `maxTicks`, at the finest step that fits. */
export function timeTicks(
  from: IsoDate,
  to: IsoDate,
  maxTicks: number,
): {
  ticks: TimeTick[];
  unit: 'day' | 'month' | 'year';
} {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  for (const step of STEPS) {
    if (tickCount(step, first, last) > maxTicks + 1) continue;
    const ticks = ticksFor(step, first, last);
    if (ticks.length <= maxTicks && ticks.length > 0) {
      return {
        ticks,
        unit: step.unit === 'day' ? 'day' : step.count % 12 === 0 ? 'year' : 'month',
      };
    }
  }
  // Not even one tick every five years fits: the first is better than too many.
  return {
    ticks: ticksFor({ unit: 'month', count: 60 }, first, last).slice(0, maxTicks),
    unit: 'year',
  };
}

/** The label of a tick at day number `x`, at the unit `timeTicks` chose. */
export function formatTimeTick(x: number, unit: 'day' | 'month' | 'year'): string {
  const date = fromDayNumber(x);
  if (unit === 'day') return formatDayMonth(date);
  if (unit === 'year') return formatYear(date);
  return formatMonthYear(date);
}
