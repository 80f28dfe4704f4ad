import { useChartGeometry } from './chart-geometry';

/** A point of a series on a day axis: x is a day number (see toDayNumber). */
export interface DayPoint {
  readonly x: number;
}

/** Which value of a point the line follows; null leaves a gap. */
export type LineValue<P extends DayPoint> = (point: P) => number | null;

/** A series to draw: its points, which value of them, in which colour. */
export interface SeriesProps<P extends DayPoint> {
  readonly points: readonly P[];
  readonly value: LineValue<P>;
  readonly color: string;
  /** An SVG dash pattern, for a series that must be told apart without colour ('' for solid). */
  readonly dash?: string;
}

/**
 * A line through the points (a 7-day average, or a cumulative total), drawn as one path with the
 * chart's scales. Unknown values break the line rather than joining across the gap: a day without
 * a report is never drawn as if its figure were known.
 *
 * Drawn here rather than with Recharts' <Line>, which measures the length of its path in the
 * document on every render (for an animation we do not use) and keeps its points in the chart's
 * store: together a large part of the cost of redrawing three charts of 1,100 days.
 */
export function SeriesLine<P extends DayPoint>({ points, value, color, dash }: SeriesProps<P>) {
  const geometry = useChartGeometry();
  if (!geometry) return null;
  let path = '';
  let penDown = false;
  for (const point of points) {
    const v = value(point);
    const x = v === null ? undefined : geometry.x(point.x);
    const y = v === null ? undefined : geometry.y(v);
    if (x === undefined || y === undefined || !Number.isFinite(y)) {
      penDown = false;
      continue;
    }
    path += `${penDown ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`;
    penDown = true;
  }
  return (
    <path
      className="series-line"
      d={path}
      fill="none"
      stroke={color}
      strokeWidth={2}
      strokeLinejoin="round"
      strokeDasharray={dash || undefined}
    />
  );
}
