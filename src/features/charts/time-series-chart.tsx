import { memo, useRef } from 'react';
import {
  ComposedChart,
  DefaultZIndexes,
  Line,
  ReferenceArea,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
} from 'recharts';
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
import type { ChartModel, ChartPoint } from './chart-model';
import { DailyBars } from './daily-bars';
import { timeTicks } from './time-ticks';
import { useElementWidth } from './use-element-width';
import { logTicks, valueTicks } from './value-ticks';

const HEIGHT = 300;
const MARGIN = { top: 24, right: 16, bottom: 8, left: 8 };

interface TimeSeriesChartProps {
  readonly model: ChartModel;
}

/**
 * One time series: daily bars with their 7-day average, or a cumulative line, with the
 * annotations the model prepared. Animation is off: it delays the first drawing and every redraw.
 */
export const TimeSeriesChart = memo(function TimeSeriesChart({ model }: TimeSeriesChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frame, 800);
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
  const peakLabelPosition = labelPositionFor(model.peak?.x ?? 0, xDomain);

  return (
    <div ref={frame} className="time-series-chart" data-chart={spec.id}>
      <ComposedChart
        width={width}
        height={HEIGHT}
        data={points as ChartPoint[]}
        margin={MARGIN}
        accessibilityLayer
      >
        {model.runs.map((run) => (
          <ReferenceArea
            key={run.x1}
            x1={run.x1 - 0.5}
            x2={run.x2 + 0.5}
            fill="var(--run-shade)"
            fillOpacity={1}
            ifOverflow="hidden"
            zIndex={DefaultZIndexes.barBackground}
          />
        ))}
        <XAxis
          dataKey="x"
          type="number"
          domain={xDomain}
          ticks={ticks?.ticks.map((t) => t.x) ?? []}
          tickFormatter={tickFormatter}
          tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
          stroke="var(--border)"
          allowDataOverflow
        />
        <YAxis
          type="number"
          scale={isLog ? 'log' : 'linear'}
          domain={yDomain}
          allowDataOverflow
          ticks={yTicks}
          tickFormatter={formatCompact}
          tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
          stroke="var(--border)"
          width={48}
        />
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
        {model.runs.length > 0 ? (
          <ReferenceLine
            y={model.runThreshold}
            stroke="#8a6100"
            strokeDasharray="6 4"
            ifOverflow="hidden"
          />
        ) : null}
        {model.story ? (
          <ReferenceLine
            x={model.story.x}
            stroke="var(--story)"
            strokeDasharray="4 3"
            strokeWidth={1.5}
            label={{
              value: 'Story',
              position: 'insideTopRight',
              fill: 'var(--story)',
              fontSize: 12,
            }}
          />
        ) : null}
        {model.flagged.map((flag) => (
          <ReferenceLine key={flag.x} x={flag.x} stroke="#8a6100" strokeDasharray="2 2" />
        ))}
        {model.peak?.value != null && isDaily ? (
          <ReferenceDot
            x={model.peak.x}
            y={model.peak.value}
            r={4}
            fill={color}
            stroke="var(--surface)"
            label={{
              value: `Highest: ${formatCompact(model.peak.value)}`,
              position: peakLabelPosition,
              fill: 'var(--text)',
              fontSize: 12,
            }}
          />
        ) : null}
        {model.focus ? (
          <>
            <ReferenceLine x={model.focus.x} stroke="var(--text)" strokeWidth={1.5} />
            {model.focus.value !== null && (!isLog || model.focus.value > 0) ? (
              <ReferenceDot
                x={model.focus.x}
                y={model.focus.value}
                r={6}
                fill="var(--surface)"
                stroke="var(--text)"
                strokeWidth={2.5}
                className="focus-dot"
              />
            ) : null}
          </>
        ) : null}
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

/** Keeps a point's label inside the plot: to its left near the right edge, and so on. */
function labelPositionFor(x: number, [x0, x1]: [number, number]): 'top' | 'left' | 'right' {
  const at = (x - x0) / (x1 - x0 || 1);
  return at > 0.85 ? 'left' : at < 0.15 ? 'right' : 'top';
}

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
