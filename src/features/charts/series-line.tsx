import { useChartGeometry } from './chart-geometry';
import type { ChartPoint } from './chart-model';

/** Which value of a point the line follows. */
export type LineValue = (point: ChartPoint) => number | null;

/** A series to draw: its points, which value of them, in which colour. */
export interface SeriesProps {
  readonly points: readonly ChartPoint[];
  readonly value: LineValue;
  readonly color: string;
}

/**
 * A line through the points (the 7-day average, or a cumulative total), drawn as one path with the
 * chart's scales. Unknown values break the line rather than joining across the gap.
 *
 * Drawn here rather than with Recharts' <Line>, which measures the length of its path in the
 * document on every render (for an animation we do not use) and keeps its points in the chart's
 * store: together a large part of the cost of redrawing three charts of 721 days.
 */
export function SeriesLine({ points, value, color }: SeriesProps) {
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
    />
  );
}
