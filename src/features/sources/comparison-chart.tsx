/**
 * The two sources' daily new cases (7-day averages) on one chart. Its own chunk, loaded when the
 * Sources panel comes near the screen; it shares the charting library's chunk with the trends.
 */
import { memo, useMemo } from 'react';
import { ComposedChart, DefaultZIndexes, XAxis, YAxis, ZIndexLayer } from 'recharts';
import { SeriesLine } from '../../components/chart/series-line';
import { AxisTick, type TickProps } from '../../components/chart/svg-text';
import { formatTimeTick, timeTicks } from '../../components/chart/time-ticks';
import { valueTicks } from '../../components/chart/value-ticks';
import { formatCompact } from '../../data/format';
import type { ComparisonPoint } from './comparison-model';

const HEIGHT = 260;
const MARGIN = { top: 16, right: 16, bottom: 8, left: 8 };

interface ComparisonChartProps {
  readonly points: readonly ComparisonPoint[];
  readonly width: number;
}

const firstValue = (point: ComparisonPoint) => point.official;
const secondValue = (point: ComparisonPoint) => point.jhu;
const yTick = (props: TickProps) => <AxisTick {...props} format={formatCompact} />;

export const ComparisonChart = memo(function ComparisonChart({
  points,
  width,
}: ComparisonChartProps) {
  const axes = useMemo(() => {
    const first = points[0];
    const last = points[points.length - 1];
    const dates =
      first && last ? timeTicks(first.date, last.date, Math.max(2, Math.floor(width / 90))) : null;
    let max = 0;
    for (const p of points) max = Math.max(max, p.official ?? 0, p.jhu ?? 0);
    const yTicks = valueTicks(max);
    return {
      xDomain: (first && last ? [first.x - 0.5, last.x + 0.5] : [0, 1]) as [number, number],
      xTicks: dates?.ticks.map((t) => t.x) ?? [],
      xTick: (props: TickProps) => (
        <AxisTick {...props} format={(x) => formatTimeTick(x, dates?.unit ?? 'month')} />
      ),
      yTicks,
      yDomain: [0, yTicks[yTicks.length - 1] ?? 1] as [number, number],
    };
  }, [points, width]);
  return (
    <div className="comparison-chart" data-chart="sources">
      <ComposedChart
        width={width}
        height={HEIGHT}
        data={points as ComparisonPoint[]}
        margin={MARGIN}
        accessibilityLayer={false}
      >
        <XAxis
          dataKey="x"
          type="number"
          domain={axes.xDomain}
          ticks={axes.xTicks}
          interval={0}
          tick={axes.xTick}
          stroke="var(--border)"
          allowDataOverflow
        />
        <YAxis
          type="number"
          domain={axes.yDomain}
          ticks={axes.yTicks}
          interval={0}
          tick={yTick}
          stroke="var(--border)"
          width={48}
          allowDataOverflow
        />
        <ZIndexLayer zIndex={DefaultZIndexes.line}>
          <SeriesLine points={points} value={secondValue} color="var(--jhu)" dashed />
          <SeriesLine points={points} value={firstValue} color="var(--cases)" />
        </ZIndexLayer>
      </ComposedChart>
    </div>
  );
});
