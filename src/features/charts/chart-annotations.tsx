/**
 * The annotations of a chart, drawn as plain SVG with the chart's scales: the runs of days above
 * the threshold, the story's report, flagged days, the highest day and a focused date.
 *
 * Drawn here rather than with Recharts' Reference* components: each of those registers itself in
 * the chart's store, and every registration re-runs the selectors of every other part of the
 * chart. A dozen of them made up much of the time of a first draw.
 */

import { type ChartGeometry, useChartGeometry } from '../../components/chart/chart-geometry';
import { m } from '../../i18n/messages';
import type { ChartMarker, ChartModel } from './chart-model';

const LABEL_SIZE = 12;
const FLAG_COLOUR = 'var(--flag)';
/** A white outline behind label text, so it stays readable over bars and lines. */
const HALO = { stroke: 'var(--surface)', strokeWidth: 3, paintOrder: 'stroke' } as const;

/** Shading behind the data: runs of days above the threshold, and the threshold itself. */
export function RunShading({ model }: { model: ChartModel }) {
  const geometry = useChartGeometry();
  if (!geometry || model.runs.length === 0) return null;
  const { x, y, plot } = geometry;
  const threshold = y(model.runThreshold);
  return (
    <g className="run-shading">
      {model.runs.map((run) => {
        const left = Math.max(plot.x, x(run.x1 - 0.5) ?? plot.x);
        const right = Math.min(plot.x + plot.width, x(run.x2 + 0.5) ?? plot.x);
        return right > left ? (
          <rect
            key={run.x1}
            x={left}
            y={plot.y}
            width={right - left}
            height={plot.height}
            fill="var(--run-shade)"
          />
        ) : null;
      })}
      {threshold !== undefined && threshold >= plot.y ? (
        <line
          x1={plot.x}
          x2={plot.x + plot.width}
          y1={threshold}
          y2={threshold}
          stroke={FLAG_COLOUR}
          strokeDasharray="6 4"
        />
      ) : null}
    </g>
  );
}

/**
 * Report dates without a report, as hatched bands over the whole height: the reader sees that
 * nothing is known there, rather than a drop to zero or a line drawn across.
 */
export function GapBands({ model }: { model: ChartModel }) {
  const geometry = useChartGeometry();
  if (!geometry || model.gaps.length === 0) return null;
  const { x, plot } = geometry;
  const patternId = `gap-hatch-${model.spec.id}`;
  return (
    <g className="gap-bands">
      <defs>
        <pattern
          id={patternId}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={6} height={6} fill="var(--surface)" />
          <line x1={0} y1={0} x2={0} y2={6} stroke="var(--gap)" strokeWidth={2} />
        </pattern>
      </defs>
      {model.gaps.map((gap) => {
        const left = Math.max(plot.x, x(gap.x1 - 0.5) ?? plot.x);
        const right = Math.min(plot.x + plot.width, x(gap.x2 + 0.5) ?? plot.x);
        return right > left ? (
          <rect
            key={gap.x1}
            className="gap-band"
            x={left}
            y={plot.y}
            width={Math.max(1, right - left)}
            height={plot.height}
            fill={`url(#${patternId})`}
          />
        ) : null;
      })}
    </g>
  );
}

/** The y of a value, or undefined where it cannot be drawn (unknown, or not positive on a log scale). */
function yOf(geometry: ChartGeometry, model: ChartModel, value: number | null): number | undefined {
  if (value === null || (model.scale === 'log' && value <= 0)) return undefined;
  return geometry.y(value);
}

/** Flagged days, the story's report and the highest day, in front of the data. */
export function ChartMarkers({ model }: { model: ChartModel }) {
  const geometry = useChartGeometry();
  if (!geometry) return null;
  const { x, plot } = geometry;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const storyX = model.story ? x(model.story.x) : undefined;
  const peakX = model.peak && model.spec.averageField ? x(model.peak.x) : undefined;
  const peakY = yOf(geometry, model, model.peak?.value ?? null);
  // Keep the peak's label inside the plot: to its left near the right edge, and so on.
  const peakAt = peakX === undefined ? 0.5 : (peakX - plot.x) / (plot.width || 1);
  const peakSide = peakAt > 0.85 ? 'left' : peakAt < 0.15 ? 'right' : 'above';

  return (
    <g className="chart-markers">
      {model.flagged.map((flag) => {
        const flagX = x(flag.x);
        return flagX === undefined ? null : (
          <line
            key={flag.x}
            x1={flagX}
            x2={flagX}
            y1={top}
            y2={bottom}
            stroke={FLAG_COLOUR}
            strokeDasharray="2 2"
          />
        );
      })}
      {storyX !== undefined ? (
        <g className="story-marker">
          <line
            x1={storyX}
            x2={storyX}
            y1={top}
            y2={bottom}
            stroke="var(--story)"
            strokeWidth={1.5}
            strokeDasharray="4 3"
          />
          {/* At the foot of the line: the highest point, and its label, are at the top. */}
          <text x={storyX + 4} y={bottom - 4} fill="var(--story)" fontSize={LABEL_SIZE} {...HALO}>
            {m().charts.markers.story}
          </text>
        </g>
      ) : null}
      {peakX !== undefined && peakY !== undefined && model.peakLabel !== null ? (
        <g className="peak-marker">
          <circle
            cx={peakX}
            cy={peakY}
            r={4}
            fill={`var(--${model.spec.metric})`}
            stroke="var(--surface)"
          />
          <text
            x={peakSide === 'left' ? peakX - 8 : peakSide === 'right' ? peakX + 8 : peakX}
            y={peakSide === 'above' ? peakY - 8 : peakY + 4}
            textAnchor={peakSide === 'left' ? 'end' : peakSide === 'right' ? 'start' : 'middle'}
            fill="var(--text)"
            fontSize={LABEL_SIZE}
            {...HALO}
          >
            {model.peakLabel}
          </text>
        </g>
      ) : null}
    </g>
  );
}

/**
 * The focused date: a line and a ring around its point. A layer of its own, so that moving the
 * focus redraws nothing else.
 */
export function FocusMarker({ model, focus }: { model: ChartModel; focus: ChartMarker }) {
  const geometry = useChartGeometry();
  const x = geometry?.x(focus.x);
  if (!geometry || x === undefined) return null;
  const y = yOf(geometry, model, focus.value);
  return (
    <g className="focus-marker">
      <line
        x1={x}
        x2={x}
        y1={geometry.plot.y}
        y2={geometry.plot.y + geometry.plot.height}
        stroke="var(--text)"
        strokeWidth={1.5}
      />
      {y !== undefined ? (
        <circle
          className="focus-dot"
          cx={x}
          cy={y}
          r={6}
          fill="var(--surface)"
          stroke="var(--text)"
          strokeWidth={2.5}
        />
      ) : null}
    </g>
  );
}
