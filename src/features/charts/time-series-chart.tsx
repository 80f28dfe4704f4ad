import { memo, useMemo } from 'react';
import { ComposedChart, DefaultZIndexes, Tooltip, XAxis, YAxis, ZIndexLayer } from 'recharts';
import { dayAxes } from '../../components/chart/day-axes';
import { type LineValue, SeriesLine } from '../../components/chart/series-line';
import { logTicks, valueTicks } from '../../components/chart/value-ticks';
import { ChartMarkers, FocusMarker, GapBands, RunShading } from './chart-annotations';
import { HoverCard, HoverDot } from './chart-hover';
import type { ChartMarker, ChartModel, ChartPoint } from './chart-model';
import { DailyBars } from './daily-bars';

const HEIGHT = 300;
const MARGIN = { top: 24, right: 16, bottom: 8, left: 8 };

interface TimeSeriesChartProps {
  readonly model: ChartModel;
  /** The focused date's point, drawn in a layer of its own. */
  readonly focus: ChartMarker | null;
  /** Measured by the panel before this chunk arrives, so the chart is drawn once, at its size. */
  readonly width: number;
}

/**
 * One time series: daily bars with their 7-day average, or a cumulative line, with the
 * annotations the model prepared.
 *
 * Recharts lays out the chart, draws the axes and runs the tooltip (pointer and keyboard); the
 * series and annotations are drawn with its scales as plain SVG (see DailyBars, SeriesLine,
 * chart-annotations.tsx). Every prop given to Recharts is memoised on what it depends on, so a
 * change of focus or of another chart does not make it recompute this one.
 */
export const TimeSeriesChart = memo(function TimeSeriesChart({
  model,
  focus,
  width,
}: TimeSeriesChartProps) {
  const { spec, points } = model;
  const color = `var(--${spec.metric})`;
  const axes = useMemo(() => axisSettings(model, width), [model, width]);
  const lineValue = useMemo(() => lineValueOf(model), [model]);

  return (
    <div className="time-series-chart" data-chart={spec.id}>
      <ComposedChart
        width={width}
        height={HEIGHT}
        data={points as ChartPoint[]}
        margin={MARGIN}
        // Off: the plot is hidden from assistive technology (its summary and table say what it
        // shows), and a focusable chart inside a hidden region would be a trap for keyboard users.
        accessibilityLayer={false}
      >
        <XAxis {...axes.x} />
        <YAxis {...axes.y} scale={model.scale === 'log' ? 'log' : 'linear'} />
        <ZIndexLayer zIndex={DefaultZIndexes.barBackground}>
          <RunShading model={model} />
          <GapBands model={model} />
        </ZIndexLayer>
        {spec.averageField ? (
          <ZIndexLayer zIndex={DefaultZIndexes.bar}>
            <DailyBars points={points} color={`var(--${spec.metric}-soft)`} />
          </ZIndexLayer>
        ) : null}
        <ZIndexLayer zIndex={DefaultZIndexes.line}>
          <SeriesLine points={points} value={lineValue} color={color} />
        </ZIndexLayer>
        <ZIndexLayer zIndex={DefaultZIndexes.label}>
          <ChartMarkers model={model} />
          {focus ? <FocusMarker model={model} focus={focus} /> : null}
          <HoverDot points={points} value={lineValue} color={color} />
          <HoverCard model={model} />
        </ZIndexLayer>
        {/* Tracks the pointer and draws the cursor line; the card is HoverCard. */}
        <Tooltip content={NO_CONTENT} isAnimationActive={false} cursor={CURSOR} />
      </ComposedChart>
    </div>
  );
});

const CURSOR = { stroke: 'var(--text-muted)', strokeWidth: 1 };
const NO_CONTENT = () => null;

/**
 * The line: the 7-day average over daily bars, or the cumulative value. A log scale has no place
 * for 0 or less: the line breaks there, as at an unknown value.
 */
function lineValueOf(model: ChartModel): LineValue<ChartPoint> {
  const value: LineValue<ChartPoint> = model.spec.averageField
    ? (point) => point.average
    : (point) => point.value;
  if (model.scale === 'linear') return value;
  return (point) => {
    const v = value(point);
    return v !== null && v > 0 ? v : null;
  };
}

/** The axes for a model drawn `width` pixels wide: log ticks on a log scale. */
function axisSettings(model: ChartModel, width: number) {
  const yTicks =
    model.scale === 'log'
      ? logTicks(model.maxValue, model.minPositive ?? 1)
      : valueTicks(model.maxValue);
  return dayAxes(model.points[0], model.points[model.points.length - 1], width, yTicks);
}
