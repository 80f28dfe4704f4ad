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
  const pieces = linePieces(points, value, geometry, Boolean(dash));
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
          // The dash goes on where the piece before left it: this far into its pattern.
          strokeDashoffset={
            dash && piece.lengthBefore > 0 ? piece.lengthBefore.toFixed(1) : undefined
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

/**
 * The line as paths about PIECE_WIDTH pixels wide (see path-pieces.ts). A piece that carries on
 * the stroke starts one segment back, on the last segment of the piece before: drawn twice, the
 * line keeps its joins and shows no seam, as if it were one path. A break in the line (an unknown
 * value) starts a new piece, so that each piece's dash offset holds for all of it.
 *
 * It runs for every line of a redraw (3 x 1,100 points), often before the code is optimised:
 * nothing is allocated per point but the path's text, and the length along the stroke is
 * measured only for a dashed line (`dashed`), the one thing that needs it.
 */
function linePieces<P extends DayPoint>(
  points: readonly P[],
  value: LineValue<P>,
  { x: xOf, y: yOf, plot }: ChartGeometry,
  dashed: boolean,
): LinePiece[] {
  const pieces: LinePiece[] = [];
  let d = '';
  let lengthBefore = 0;
  let piece = -1;
  // The last two points drawn of the current stroke: their text, position and length along it.
  let count = 0;
  let lastText = '';
  let lastX = 0;
  let lastY = 0;
  let lastLength = 0;
  let secondText = '';
  let secondLength = 0;
  for (const point of points) {
    const v = value(point);
    const x = v === null ? undefined : xOf(point.x);
    const y = v === null ? undefined : yOf(v);
    if (x === undefined || y === undefined || !Number.isFinite(y)) {
      if (count > 0) pieces.push({ d, lengthBefore });
      d = '';
      count = 0;
      continue;
    }
    const here = pieceOf(x - plot.x);
    // A new piece once this one has a segment to share (a first segment longer than a piece, on
    // a short range, stays in the piece it starts in).
    if (count > 1 && here !== piece) {
      pieces.push({ d, lengthBefore });
      d = `M${secondText}L${lastText}`;
      lengthBefore = secondLength;
    }
    const xText = x.toFixed(1);
    const yText = y.toFixed(1);
    const text = `${xText} ${yText}`;
    let length = 0;
    if (dashed) {
      // Measured between the points as written, which the stroke follows.
      const drawnX = Number(xText);
      const drawnY = Number(yText);
      if (count > 0) length = lastLength + Math.sqrt((drawnX - lastX) ** 2 + (drawnY - lastY) ** 2);
      lastX = drawnX;
      lastY = drawnY;
    }
    if (count === 0) lengthBefore = 0;
    d += `${count > 0 ? 'L' : 'M'}${text}`;
    piece = here;
    secondText = lastText;
    secondLength = lastLength;
    lastText = text;
    lastLength = length;
    count++;
  }
  if (count > 0) pieces.push({ d, lengthBefore });
  return pieces;
}
