import { memo, useMemo } from 'react';
import { dayAxes } from '../../components/chart/day-axes';
import { DayChart } from '../../components/chart/day-chart';
import { type LineValue, SeriesLine } from '../../components/chart/series-line';
import { logTicks, valueTicks } from '../../components/chart/value-ticks';
import { ChartMarkers, FocusMarker, GapBands, RunShading } from './chart-annotations';
import { HoverCard, HoverDot } from './chart-hover';
import type { ChartMarker, ChartModel, ChartPoint } from './chart-model';
import { DailyBars } from './daily-bars';

export const PLOT_HEIGHT = 300;
const MARGIN = { top: 24, right: 16, bottom: 8, left: 8 };

interface TimeSeriesChartProps {
  readonly model: ChartModel;
  /** The focused date's point, drawn in a layer of its own. */
  readonly focus: ChartMarker | null;
  /** Measured by the panel (or the prerendered width, until it is measured). */
  readonly width: number;
}

/**
 * One time series: daily bars with their 7-day average, or a cumulative line, with the
 * annotations the model prepared, in our own frame (DayChart): the same SVG on the server and in
 * the browser, so the prerendered page's charts are taken over as they are.
 *
 * Layers are drawn in order: shading and gaps behind, then bars, the line, and the markers and
 * what follows the pointer on top.
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
      <DayChart
        width={width}
        height={PLOT_HEIGHT}
        margin={MARGIN}
        axes={axes}
        scale={model.scale}
        hover
      >
        <RunShading model={model} />
        <GapBands model={model} />
        {spec.averageField ? (
          <DailyBars points={points} color={`var(--${spec.metric}-soft)`} />
        ) : null}
        <SeriesLine points={points} value={lineValue} color={color} />
        <ChartMarkers model={model} />
        {focus ? <FocusMarker model={model} focus={focus} /> : null}
        <HoverDot points={points} value={lineValue} color={color} />
        <HoverCard model={model} />
      </DayChart>
    </div>
  );
});

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
