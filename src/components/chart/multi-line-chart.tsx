/**
 * Several series of the same days on one chart, as lines (a gap where a value is not known):
 * two sources of the same place, or several places. Loaded in a chunk of its own, with the
 * charting library, when a panel that draws it is shown.
 */

import { memo, type ReactNode, useMemo } from 'react';
import {
  ComposedChart,
  DefaultZIndexes,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
import type { IsoDate } from '../../data/iso-date';
import { ChartGeometryContext } from './chart-geometry';
import { type Axis, dayAxes } from './day-axes';
import { SeriesLine } from './series-line';
import { AxisTick, type TickProps } from './svg-text';
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
        <XAxis dataKey="x" {...axisProps(axes.x)} />
        <YAxis {...axisProps(axes.y)} width={axes.y.width} />
        <ZIndexLayer zIndex={DefaultZIndexes.line}>
          <RechartsGeometry>
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
          </RechartsGeometry>
        </ZIndexLayer>
      </ComposedChart>
    </div>
  );
});

/** Recharts' props for one of our axes (see day-axes.ts): the ticks as given, none dropped. */
function axisProps(axis: Axis) {
  return {
    type: 'number' as const,
    domain: [...axis.domain] as [number, number],
    ticks: [...axis.ticks],
    interval: 0 as const,
    tick: (props: TickProps) => <AxisTick {...props} format={axis.format} />,
    stroke: 'var(--border)',
    allowDataOverflow: true,
  };
}

/** Gives the lines inside a Recharts chart its scales, as our own frame gives them its own. */
function RechartsGeometry({ children }: { children: ReactNode }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const geometry = useMemo(
    () =>
      xScale && yScale && plot
        ? { x: (day: number) => xScale(day), y: (value: number) => yScale(value), plot }
        : null,
    [xScale, yScale, plot],
  );
  return <ChartGeometryContext value={geometry}>{children}</ChartGeometryContext>;
}
