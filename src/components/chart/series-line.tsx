import { type ChartGeometry, useChartGeometry } from './chart-geometry';
import { pieceOf } from './path-pieces';

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
 * A line through the points (a 7-day average, or a cumulative total), drawn with the chart's
 * scales as one stroke in a few paths (see linePieces). Unknown values break the line rather than
 * joining across the gap: a day without a report is never drawn as if its figure were known.
 *
 * Drawn here rather than with Recharts' <Line>, which measures the length of its path in the
 * document on every render (for an animation we do not use) and keeps its points in the chart's
 * store: together a large part of the cost of redrawing three charts of 1,100 days.
 */
export function SeriesLine<P extends DayPoint>({ points, value, color, dash }: SeriesProps<P>) {
  const geometry = useChartGeometry();
  if (!geometry) return null;
  const pieces = linePieces(points, value, geometry);
  return (
    <g
      className="series-line"
      fill="none"
      stroke={color}
      strokeWidth={2}
      strokeLinejoin="round"
      strokeDasharray={dash || undefined}
    >
      {pieces.map((piece, index) => (
        <path
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are the line's slices in order.
          key={index}
          d={piece.d}
          strokeDashoffset={
            dash && piece.lengthBefore > 0 ? (-piece.lengthBefore).toFixed(1) : undefined
          }
        />
      ))}
    </g>
  );
}

/** A piece of a line: its path, and how far along its stroke it starts (to carry on a dash). */
interface LinePiece {
  readonly d: string;
  readonly lengthBefore: number;
}

/** A point drawn: its path text, pixels, and how far along the stroke it lies. */
interface DrawnPoint {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly length: number;
}

/**
 * The line as paths about PIECE_WIDTH pixels wide (see path-pieces.ts). A piece that carries on
 * the stroke starts one segment back, on the last segment of the piece before: drawn twice, the
 * line keeps its joins and shows no seam, as if it were one path. A break in the line (an unknown
 * value) starts a new piece, so that each piece's dash offset holds for all of it.
 */
function linePieces<P extends DayPoint>(
  points: readonly P[],
  value: LineValue<P>,
  { x: xOf, y: yOf, plot }: ChartGeometry,
): LinePiece[] {
  const pieces: LinePiece[] = [];
  let d = '';
  let lengthBefore = 0;
  let piece = -1;
  let previous: DrawnPoint | null = null;
  let beforePrevious: DrawnPoint | null = null;
  for (const point of points) {
    const v = value(point);
    const x = v === null ? undefined : xOf(point.x);
    const y = v === null ? undefined : yOf(v);
    if (x === undefined || y === undefined || !Number.isFinite(y)) {
      if (previous) pieces.push({ d, lengthBefore });
      d = '';
      previous = null;
      continue;
    }
    const here = pieceOf(x - plot.x);
    if (previous && here !== piece) {
      pieces.push({ d, lengthBefore });
      d = beforePrevious ? `M${beforePrevious.text}L${previous.text}` : `M${previous.text}`;
      lengthBefore = (beforePrevious ?? previous).length;
    }
    const text = `${x.toFixed(1)} ${y.toFixed(1)}`;
    // Measured between the points as written, which the stroke follows.
    const drawnX = Number(x.toFixed(1));
    const drawnY = Number(y.toFixed(1));
    const length: number = previous
      ? previous.length + Math.hypot(drawnX - previous.x, drawnY - previous.y)
      : 0;
    if (!previous) lengthBefore = 0;
    d += `${previous ? 'L' : 'M'}${text}`;
    piece = here;
    beforePrevious = previous;
    previous = { text, x: drawnX, y: drawnY, length };
  }
  if (previous) pieces.push({ d, lengthBefore });
  return pieces;
}
