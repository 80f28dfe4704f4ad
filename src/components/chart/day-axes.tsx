/**
 * The axes of every chart of days: a time axis of day numbers with date ticks that fit its width,
 * and a value axis with round ticks. Given as props for Recharts' <XAxis> and <YAxis>, so the
 * trends and the multi-line charts set them up once.
 */
import { formatCompact } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import { AxisTick, type TickProps } from './svg-text';
import { formatTimeTick, timeTicks } from './time-ticks';

/** A tick label every 90 pixels at most. */
const PIXELS_PER_TICK = 90;
/** About the width of a character of a tick label, and the room beside the longest. */
const TICK_CHAR_WIDTH = 7;
const TICK_GAP = 12;

const yTick = (props: TickProps) => <AxisTick {...props} format={formatCompact} />;

/**
 * XAxis and YAxis props for days from `first` to `last` (points with a day number and date),
 * drawn `width` pixels wide, with `yTicks` on the value axis (its domain runs from the first to
 * the last tick).
 */
export function dayAxes(
  first: { readonly x: number; readonly date: IsoDate } | undefined,
  last: { readonly x: number; readonly date: IsoDate } | undefined,
  width: number,
  yTicks: readonly number[],
) {
  const dates =
    first && last
      ? timeTicks(first.date, last.date, Math.max(2, Math.floor(width / PIXELS_PER_TICK)))
      : null;
  const formatX = (x: number) => formatTimeTick(x, dates?.unit ?? 'month');
  return {
    x: {
      dataKey: 'x',
      type: 'number' as const,
      domain: (first && last ? [first.x - 0.5, last.x + 0.5] : [0, 1]) as [number, number],
      ticks: dates?.ticks.map((t) => t.x) ?? [],
      interval: 0 as const,
      tick: (props: TickProps) => <AxisTick {...props} format={formatX} />,
      stroke: 'var(--border)',
      allowDataOverflow: true,
    },
    y: {
      type: 'number' as const,
      domain: [yTicks[0] ?? 0, yTicks[yTicks.length - 1] ?? 1] as [number, number],
      ticks: [...yTicks],
      interval: 0 as const,
      tick: yTick,
      stroke: 'var(--border)',
      // Wide enough for the longest label in the page's language ("250K", "250 тыс.").
      width: Math.max(
        48,
        Math.max(...yTicks.map((t) => formatCompact(t).length)) * TICK_CHAR_WIDTH + TICK_GAP,
      ),
      allowDataOverflow: true,
    },
  };
}
