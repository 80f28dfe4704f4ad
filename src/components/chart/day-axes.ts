/**
 * The axes of every chart of days: a time axis of day numbers with date ticks that fit its width,
 * and a value axis with round ticks, worked out once for our own frame (day-chart.tsx) and for
 * the Recharts chart of several lines (multi-line-chart.tsx).
 */
import { formatCompact } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import { formatTimeTick, timeTicks } from './time-ticks';

/** A tick label every 90 pixels at most. */
const PIXELS_PER_TICK = 90;
/** About the width of a character of a tick label, and the room beside the longest. */
const TICK_CHAR_WIDTH = 7;
const TICK_GAP = 12;

export interface Axis {
  /** The values at the two ends of the axis. */
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  readonly format: (value: number) => string;
}

export interface DayAxes {
  /** Day numbers (see toDayNumber), half a day of room at each end for the first and last bar. */
  readonly x: Axis;
  /** Values from the first to the last tick, and the room the labels need beside the plot. */
  readonly y: Axis & { readonly width: number };
}

/**
 * The axes for days from `first` to `last` (points with a day number and date), drawn `width`
 * pixels wide, with `yTicks` on the value axis.
 */
export function dayAxes(
  first: { readonly x: number; readonly date: IsoDate } | undefined,
  last: { readonly x: number; readonly date: IsoDate } | undefined,
  width: number,
  yTicks: readonly number[],
): DayAxes {
  const dates =
    first && last
      ? timeTicks(first.date, last.date, Math.max(2, Math.floor(width / PIXELS_PER_TICK)))
      : null;
  const unit = dates?.unit ?? 'month';
  return {
    x: {
      domain: first && last ? [first.x - 0.5, last.x + 0.5] : [0, 1],
      ticks: dates?.ticks.map((t) => t.x) ?? [],
      format: (x) => formatTimeTick(x, unit),
    },
    y: {
      domain: [yTicks[0] ?? 0, yTicks[yTicks.length - 1] ?? 1],
      ticks: yTicks,
      format: formatCompact,
      // Wide enough for the longest label in the page's language ("250K", "250 тыс.").
      width: Math.max(
        48,
        Math.max(...yTicks.map((t) => formatCompact(t).length)) * TICK_CHAR_WIDTH + TICK_GAP,
      ),
    },
  };
}
