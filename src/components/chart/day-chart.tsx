/**
 * Our own frame for a chart of days: an SVG of a given size with a time axis and a value axis,
 * the scales the layers inside it draw with (ChartGeometryContext), and the day under the pointer
 * (HoveredDayContext).
 *
 * Why not Recharts' chart here: Recharts 3 draws nothing on the server (its charts lay themselves
 * out in effects: recharts/recharts#5997), so a chart drawn with it cannot be part of the
 * prerendered page, and React would have to draw it again on taking the page over. Every layer of
 * our charts was already plain SVG drawn with the chart's scales (see series-line.tsx and
 * chart-annotations.tsx); what Recharts still did, two linear or log scales, two axes and the
 * pointer's day, is the few lines below. The same output on the server and in the browser lets
 * React take over the prerendered charts without drawing them again.
 */
import {
  createContext,
  type PointerEvent,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useState,
} from 'react';
import { type ChartGeometry, ChartGeometryContext } from './chart-geometry';
import type { DayAxes } from './day-axes';
import { AxisTick } from './svg-text';

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Room under the plot for the time axis: its tick marks and one line of labels. */
const X_AXIS_HEIGHT = 30;
const TICK_SIZE = 6;
const TICK_MARGIN = 2;

/** The day number under the pointer, or null: for the hover dot and card. */
const HoveredDayContext = createContext<number | null>(null);

export function useHoveredDay(): number | null {
  return useContext(HoveredDayContext);
}

interface DayChartProps {
  readonly width: number;
  readonly height: number;
  readonly margin: Margin;
  readonly axes: DayAxes;
  readonly scale: 'linear' | 'log';
  /** Follow the pointer: a cursor line, and the day under it for useHoveredDay. */
  readonly hover?: boolean;
  readonly children: ReactNode;
}

export function DayChart({ width, height, margin, axes, scale, hover, children }: DayChartProps) {
  const geometry = useMemo(
    () => geometryOf(width, height, margin, axes, scale),
    [width, height, margin, axes, scale],
  );
  const [hoveredDay, setHoveredDay] = useState<number | null>(null);
  const { plot } = geometry;
  const [firstDay, lastDay] = axes.x.domain;

  const follow = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const box = event.currentTarget.getBoundingClientRect();
      // The SVG may be drawn narrower than its width (scaled down until it is measured again).
      const x = ((event.clientX - box.left) * width) / (box.width || width);
      const day = Math.round(firstDay + ((x - plot.x) / plot.width) * (lastDay - firstDay));
      const inside = x >= plot.x && x <= plot.x + plot.width;
      const clamped = Math.min(Math.max(day, Math.ceil(firstDay)), Math.floor(lastDay));
      setHoveredDay(inside ? clamped : null);
    },
    [width, firstDay, lastDay, plot],
  );
  const leave = useCallback(() => setHoveredDay(null), []);
  const cursorX = hoveredDay === null ? undefined : geometry.x(hoveredDay);

  return (
    // Hidden from assistive technology, as its frame is: the chart's summary and table say what
    // it shows.
    <svg
      className="day-chart"
      aria-hidden="true"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      onPointerMove={hover ? follow : undefined}
      onPointerDown={hover ? follow : undefined}
      onPointerLeave={hover ? leave : undefined}
    >
      <ChartGeometryContext value={geometry}>
        <HoveredDayContext value={hoveredDay}>
          <TimeAxis axes={axes} geometry={geometry} />
          <ValueAxis axes={axes} geometry={geometry} />
          {cursorX !== undefined ? (
            <line
              className="day-chart__cursor"
              x1={cursorX}
              x2={cursorX}
              y1={plot.y}
              y2={plot.y + plot.height}
              stroke="var(--text-muted)"
            />
          ) : null}
          {children}
        </HoveredDayContext>
      </ChartGeometryContext>
    </svg>
  );
}

/** The plot area inside the margins and axes, and the two scales onto it. */
function geometryOf(
  width: number,
  height: number,
  margin: Margin,
  axes: DayAxes,
  scale: 'linear' | 'log',
): ChartGeometry {
  const plot = {
    x: margin.left + axes.y.width,
    y: margin.top,
    width: Math.max(1, width - margin.left - axes.y.width - margin.right),
    height: Math.max(1, height - margin.top - margin.bottom - X_AXIS_HEIGHT),
  };
  const [x0, x1] = axes.x.domain;
  const toValue = scale === 'log' ? Math.log10 : (v: number) => v;
  const [y0, y1] = axes.y.domain.map(toValue) as [number, number];
  const bottom = plot.y + plot.height;
  return {
    plot,
    x: (day) => plot.x + ((day - x0) / (x1 - x0 || 1)) * plot.width,
    // A value the scale cannot place (0 or less on a log scale) has no position: undefined.
    y: (value) => {
      const v = toValue(value);
      return Number.isFinite(v) ? bottom - ((v - y0) / (y1 - y0 || 1)) * plot.height : undefined;
    },
  };
}

function TimeAxis({ axes, geometry }: { axes: DayAxes; geometry: ChartGeometry }) {
  const { plot } = geometry;
  const y = plot.y + plot.height;
  return (
    <g className="day-chart__axis" stroke="var(--border)">
      <line x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} />
      {axes.x.ticks.map((tick) => {
        const x = geometry.x(tick) ?? plot.x;
        return (
          <g key={tick}>
            <line x1={x} x2={x} y1={y} y2={y + TICK_SIZE} />
            <AxisTick
              x={x}
              y={y + TICK_SIZE + TICK_MARGIN}
              textAnchor="middle"
              verticalAnchor="start"
              payload={{ value: tick }}
              format={axes.x.format}
            />
          </g>
        );
      })}
    </g>
  );
}

function ValueAxis({ axes, geometry }: { axes: DayAxes; geometry: ChartGeometry }) {
  const { plot } = geometry;
  return (
    <g className="day-chart__axis" stroke="var(--border)">
      <line x1={plot.x} x2={plot.x} y1={plot.y} y2={plot.y + plot.height} />
      {axes.y.ticks.map((tick) => {
        const y = geometry.y(tick);
        if (y === undefined) return null;
        return (
          <g key={tick}>
            <line x1={plot.x - TICK_SIZE} x2={plot.x} y1={y} y2={y} />
            <AxisTick
              x={plot.x - TICK_SIZE - TICK_MARGIN}
              y={y}
              textAnchor="end"
              verticalAnchor="middle"
              payload={{ value: tick }}
              format={axes.y.format}
            />
          </g>
        );
      })}
    </g>
  );
}
