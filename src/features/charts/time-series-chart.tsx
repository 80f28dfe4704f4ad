import { memo } from 'react';
import { ComposedChart, DefaultZIndexes, Line, Tooltip, XAxis, YAxis, ZIndexLayer } from 'recharts';
import { describeFlag } from '../../data/flags';
import {
  formatAverage,
  formatCompact,
  formatCount,
  formatDate,
  formatDayMonth,
  formatMonthYear,
  formatYear,
} from '../../data/format';
import { fromDayNumber } from '../../data/iso-date';
import { ChartMarkers, RunShading } from './chart-annotations';
import type { ChartModel, ChartPoint } from './chart-model';
import { DailyBars } from './daily-bars';
import { AxisTick } from './svg-text';
import { timeTicks } from './time-ticks';
import { logTicks, valueTicks } from './value-ticks';

const HEIGHT = 300;
const MARGIN = { top: 24, right: 16, bottom: 8, left: 8 };

interface TimeSeriesChartProps {
  readonly model: ChartModel;
  /** Measured by the panel before this chunk arrives, so the chart is drawn once, at its size. */
  readonly width: number;
}

/**
 * One time series: daily bars with their 7-day average, or a cumulative line, with the
 * annotations the model prepared. Animation is off: it delays the first drawing and every redraw.
 */
export const TimeSeriesChart = memo(function TimeSeriesChart({
  model,
  width,
}: TimeSeriesChartProps) {
  const { spec, points, scale } = model;
  const color = `var(--${spec.metric})`;
  const isLog = scale === 'log';
  const isDaily = spec.averageField !== null;

  const first = points[0];
  const last = points[points.length - 1];
  const ticks =
    first && last ? timeTicks(first.date, last.date, Math.max(2, Math.floor(width / 90))) : null;
  const tickFormatter = (x: number) => {
    const date = fromDayNumber(x);
    if (ticks?.unit === 'day') return formatDayMonth(date);
    if (ticks?.unit === 'year') return formatYear(date);
    return formatMonthYear(date);
  };
  const xDomain: [number, number] = first && last ? [first.x - 0.5, last.x + 0.5] : [0, 1];
  const yTicks = isLog ? logTicks(model.maxValue) : valueTicks(model.maxValue);
  const yDomain: [number, number] = [yTicks[0] ?? 0, yTicks[yTicks.length - 1] ?? 1];

  return (
    <div className="time-series-chart" data-chart={spec.id}>
      <ComposedChart
        width={width}
        height={HEIGHT}
        data={points as ChartPoint[]}
        margin={MARGIN}
        accessibilityLayer
      >
        <XAxis
          dataKey="x"
          type="number"
          domain={xDomain}
          ticks={ticks?.ticks.map((t) => t.x) ?? []}
          interval={0}
          tick={(props) => <AxisTick {...props} format={tickFormatter} />}
          stroke="var(--border)"
          allowDataOverflow
        />
        <YAxis
          type="number"
          scale={isLog ? 'log' : 'linear'}
          domain={yDomain}
          allowDataOverflow
          ticks={yTicks}
          interval={0}
          tick={(props) => <AxisTick {...props} format={formatCompact} />}
          stroke="var(--border)"
          width={48}
        />
        <ZIndexLayer zIndex={DefaultZIndexes.barBackground}>
          <RunShading model={model} />
        </ZIndexLayer>
        {isDaily ? (
          <ZIndexLayer zIndex={DefaultZIndexes.bar}>
            <DailyBars points={points} color={`var(--${spec.metric}-soft)`} />
          </ZIndexLayer>
        ) : null}
        <Line
          dataKey={
            isDaily ? 'average' : (p: ChartPoint) => (isLog && (p.value ?? 0) <= 0 ? null : p.value)
          }
          name={isDaily ? '7-day average' : spec.valueLabel}
          stroke={color}
          strokeWidth={2}
          dot={false}
          activeDot={{ r: 4, fill: color }}
          isAnimationActive={false}
          connectNulls={false}
        />
        <ZIndexLayer zIndex={DefaultZIndexes.label}>
          <ChartMarkers model={model} />
        </ZIndexLayer>
        <Tooltip
          content={({ active, label }) => (
            <ChartTooltip active={active} label={label} model={model} />
          )}
          isAnimationActive={false}
          cursor={{ stroke: 'var(--text-muted)', strokeWidth: 1 }}
        />
      </ComposedChart>
    </div>
  );
});

interface ChartTooltipProps {
  readonly active: boolean;
  /** The x value (day number) under the pointer or keyboard cursor. */
  readonly label: string | number | undefined;
  readonly model: ChartModel;
}

function ChartTooltip({ active, label, model }: ChartTooltipProps) {
  if (!active || typeof label !== 'number') return null;
  const first = model.points[0];
  const point = first ? model.points[label - first.x] : undefined;
  if (!point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__date">Report of {formatDate(point.date)}</p>
      <p>
        {model.spec.valueLabel}:{' '}
        <strong>{point.value === null ? 'not reported' : formatCount(point.value)}</strong>
      </p>
      {model.spec.averageField ? (
        <p>
          7-day average: {point.average === null ? 'not available' : formatAverage(point.average)}
        </p>
      ) : null}
      {point.date === model.story?.date ? <p>The story's figures come from this report.</p> : null}
      {point.flags.map((flag) => (
        <p key={flag.kind} className="chart-tooltip__flag">
          {describeFlag(flag)}
        </p>
      ))}
    </div>
  );
}
