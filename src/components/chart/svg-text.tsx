/**
 * Plain SVG text for axis ticks, in our own chart frame (day-chart.tsx) and in Recharts' axes.
 *
 * Recharts' own <Text> measures every word in the DOM to wrap lines, and its axes measure every
 * tick label to drop the ones that would overlap; on a first draw that was much of the time a
 * chart took. Our ticks are chosen to fit (see time-ticks.ts and value-ticks.ts), so none of that
 * measuring is needed.
 */

const FONT_SIZE = 12;

export interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  readonly verticalAnchor?: 'start' | 'middle' | 'end';
  readonly payload?: { readonly value?: unknown };
}

/** An axis tick label, formatted by `format`. */
export function AxisTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  format,
}: TickProps & {
  format: (value: number) => string;
}) {
  const value = payload?.value;
  if (typeof value !== 'number') return null;
  return (
    <text
      x={x}
      y={y}
      className="axis-tick"
      dy={verticalAnchor === 'start' ? '0.71em' : '0.32em'}
      textAnchor={textAnchor}
      fill="var(--text-muted)"
      // Not the axis line's stroke, which an axis group may set for its lines.
      stroke="none"
      fontSize={FONT_SIZE}
    >
      {format(value)}
    </text>
  );
}
