import { useChartGeometry } from '../../components/chart/chart-geometry';
import { pieceOf } from '../../components/chart/path-pieces';
import type { ChartPoint } from './chart-model';

interface DailyBarsProps {
  readonly points: readonly ChartPoint[];
  readonly color: string;
}

/**
 * Daily values as bars, drawn as a few SVG paths with the chart's scales, each as wide as a piece
 * (see path-pieces.ts).
 *
 * Recharts' <Bar> draws an element per day: 721 of them for the whole series, more elements than a
 * phone has pixels across, and each one costs layout, memory and redraw time. A path draws the
 * same bars at a fraction of the cost. The chart's tooltip and table still give each day's value.
 */
export function DailyBars({ points, color }: DailyBarsProps) {
  const geometry = useChartGeometry();
  if (!geometry || points.length === 0) return null;
  const { x, y, plot } = geometry;

  const slot = plot.width / points.length;
  // Leave a gap between bars only where they are wide enough for it to show.
  const width = slot >= 4 ? slot * 0.75 : slot;
  // On a log scale 0 has no place: the bars stand on the bottom of the plot.
  const zero = y(0);
  const baseline = (
    zero !== undefined && Number.isFinite(zero) ? zero : plot.y + plot.height
  ).toFixed(1);
  // Each bar is a vertical stroke as wide as the bar: half the characters of a filled outline,
  // which counts in the prerendered page (1,100 bars a chart).
  const pieces: string[] = [];
  for (const point of points) {
    if (point.value === null || point.value <= 0) continue;
    const centre = x(point.x);
    const top = y(point.value);
    if (centre === undefined || top === undefined || !Number.isFinite(top)) continue;
    const piece = pieceOf(centre - plot.x);
    pieces[piece] = `${pieces[piece] ?? ''}M${centre.toFixed(1)} ${baseline}V${top.toFixed(1)}`;
  }
  return (
    <g className="daily-bars" fill="none" stroke={color} strokeWidth={width.toFixed(2)}>
      {pieces.map((d, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: a piece's number is its place in the plot.
        d ? <path key={index} d={d} /> : null,
      )}
    </g>
  );
}
