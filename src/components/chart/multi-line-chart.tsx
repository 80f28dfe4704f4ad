/**
 * Several series of the same days on one chart, as lines (a gap where a value is not known):
 * two sources of the same place, or several places. Loaded in a chunk of its own, with the
 * charting library, when a panel that draws it is shown.
 */

import { memo, useMemo } from 'react';
import { ComposedChart, DefaultZIndexes, XAxis, YAxis, ZIndexLayer } from 'recharts';
import type { IsoDate } from '../../data/iso-date';
import { dayAxes } from './day-axes';
import { SeriesLine } from './series-line';
import { valueTicks } from './value-ticks';

const HEIGHT = 280;
const MARGIN = { top: 16, right: 16, bottom: 8, left: 8 };

/** A day of the chart: x is its day number, `values` one per line, in the order of the lines. */
export interface MultiLinePoint {
  readonly x: number;
  readonly date: IsoDate;
  readonly values: readonly (number | null)[];
}

export interface LineStyle {
  readonly color: string;
  /** An SVG dash pattern, so lines can be told apart without colour ('' for solid). */
  readonly dash: string;
}

interface MultiLineChartProps {
  readonly points: readonly MultiLinePoint[];
  readonly lines: readonly LineStyle[];
  readonly width: number;
}

export const MultiLineChart = memo(function MultiLineChart({
  points,
  lines,
  width,
}: MultiLineChartProps) {
  const axes = useMemo(() => {
    let max = 0;
    for (const point of points) for (const value of point.values) max = Math.max(max, value ?? 0);
    return dayAxes(points[0], points[points.length - 1], width, valueTicks(max));
  }, [points, width]);
  const accessors = useMemo(
    () => lines.map((_, index) => (point: MultiLinePoint) => point.values[index] ?? null),
    [lines],
  );
  return (
    <div className="multi-line-chart">
      <ComposedChart
        width={width}
        height={HEIGHT}
        data={points as MultiLinePoint[]}
        margin={MARGIN}
        accessibilityLayer={false}
      >
        <XAxis {...axes.x} />
        <YAxis {...axes.y} />
        <ZIndexLayer zIndex={DefaultZIndexes.line}>
          {/* The first line is drawn last, on top: it is the one the panel is about. */}
          {[...lines.keys()].reverse().map((index) => (
            <SeriesLine
              key={index}
              points={points}
              value={accessors[index] ?? (() => null)}
              color={lines[index]?.color ?? 'var(--text)'}
              dash={lines[index]?.dash ?? ''}
            />
          ))}
        </ZIndexLayer>
      </ComposedChart>
    </div>
  );
});
