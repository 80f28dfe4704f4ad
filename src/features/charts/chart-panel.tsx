import { memo, type ReactNode, useId, useRef, useState } from 'react';
import { LazyPanel, lazyModule } from '../../components/lazy-panel';
import { Skeleton } from '../../components/skeleton';
import { ToggleGroup } from '../../components/toggle-group';
import { useElementWidth } from '../../components/use-element-width';
import { useHydrated } from '../../components/use-hydrated';
import { withWords } from '../../i18n/lazy-words';
import { m } from '../../i18n/messages';
import type { ChartId } from '../../view-state/charts';
import type { Scale } from '../../view-state/view-state';
import type { ChartMarker, ChartModel, ChartSpec } from './chart-model';
import { PLOT_HEIGHT, TimeSeriesChart } from './time-series-chart';

/** The scale switch's options, in the page's language (set before the first render). */
function scaleOptions(): readonly { readonly value: Scale; readonly label: string }[] {
  const { common } = m();
  return [
    { value: 'linear', label: common.linear },
    { value: 'log', label: common.log },
  ];
}

/**
 * The plot prerendered with the page, and the width it is drawn at: the daily cases, the plot of
 * the first screen, at its width on a desktop screen 1366 pixels wide or wider, where the page is
 * at its widest (checked by tests/e2e/prerender.e2e.test.ts). There the browser takes it over as
 * it is; from 1280 pixels it is scaled down a little, below it a placeholder stands in
 * (charts.css), until it has been measured and drawn at its width. The other two plots, below the
 * first screen, are drawn once the page is taken over: the HTML stays smaller, and the first paint
 * sooner.
 */
export const PRERENDERED_PLOT_WIDTH: Readonly<Partial<Record<ChartId, number>>> = {
  'daily-cases': 1254,
};

/** A chart's table: its code loads when a table is first opened (or a link opens one). */
const dataTable = lazyModule(() => withWords(['chartTable'], import('./data-table')));

interface ChartPanelProps {
  readonly spec: ChartSpec;
  /** null while the data loads: the panel keeps its final layout with placeholders. */
  readonly model: ChartModel | null;
  /** The focused date's point, when it is among the dates shown. */
  readonly focus: ChartMarker | null;
  readonly scale: Scale;
  readonly tableOpen: boolean;
  readonly onToggleTable: () => void;
  readonly onScaleChange: (scale: Scale) => void;
  /** Anything drawn under the plot (the date brush, for the daily chart). */
  readonly below?: ReactNode;
  /** More controls beside the scale and table buttons (downloads and embedding). */
  readonly actions?: ReactNode;
}

/**
 * A chart with its title, one-sentence summary, legend, controls and, on demand, its table.
 * The summary is the chart's accessible description; the table holds every number it draws.
 *
 * The panel is part of the page from its first (prerendered) paint, so the plot's width is known
 * before the data arrives, and the chart is drawn once, at its size. The default view's first plot
 * is prerendered with its data (see PRERENDERED_PLOT_WIDTH) and taken over as it is.
 */
export const ChartPanel = memo(function ChartPanel({
  spec,
  model,
  focus,
  scale,
  tableOpen,
  onToggleTable,
  onScaleChange,
  below,
  actions,
}: ChartPanelProps) {
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  const plotFrame = useRef<HTMLDivElement>(null);
  const measuredWidth = useElementWidth(plotFrame, 800);
  // Only a panel that is prerendered, or taken over from the prerendered page, starts from the
  // assumed width (both renders must draw the same); one drawn later waits to be measured.
  const hydrated = useHydrated();
  const [assumedWidth] = useState(() =>
    hydrated ? null : (PRERENDERED_PLOT_WIDTH[spec.id] ?? null),
  );
  const plotWidth = measuredWidth ?? assumedWidth;
  const { charts, common } = m();
  const title = charts.titles[spec.id];
  return (
    <figure
      className={`panel chart-panel chart-panel--${spec.metric}`}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      aria-busy={model === null}
      data-chart-panel={spec.id}
      data-take-away
    >
      <div className="chart-panel__header">
        <h3 id={titleId} className="chart-panel__title">
          {charts.heading(title, model?.measure ?? null)}
        </h3>
        <div className="chart-panel__controls">
          <ToggleGroup
            label={charts.scaleLabel(title)}
            visibleLabel={false}
            options={scaleOptions()}
            value={scale}
            onChange={onScaleChange}
          />
          <button
            type="button"
            className="button"
            aria-expanded={tableOpen}
            aria-controls={tableId}
            disabled={model === null}
            onClick={onToggleTable}
          >
            {tableOpen ? common.hideTable : common.showTable}
          </button>
          {actions}
        </div>
      </div>
      <figcaption id={summaryId} className="chart-panel__summary">
        {model ? model.summary : <Skeleton height="1.25rem" width="80%" />}
      </figcaption>
      {model ? (
        <ChartLegend model={model} hasFocus={focus !== null} />
      ) : (
        <ul className="chart-legend" />
      )}
      <div
        aria-hidden="true"
        className="chart-panel__plot"
        ref={plotFrame}
        data-take-away-frame
        // Drawn at the prerendered width, not yet measured here (see charts.css).
        data-width-assumed={measuredWidth === null && assumedWidth !== null ? '' : undefined}
      >
        {model && plotWidth !== null ? (
          <TimeSeriesChart model={model} focus={focus} width={plotWidth} />
        ) : (
          <Skeleton height={`${PLOT_HEIGHT}px`} />
        )}
      </div>
      {below}
      <div id={tableId} hidden={!(model && tableOpen)}>
        {model && tableOpen ? (
          <LazyPanel module={dataTable} what={common.showTable} placeholderHeight="12rem" eager>
            {({ DataTable }) => <DataTable model={model} />}
          </LazyPanel>
        ) : null}
      </div>
    </figure>
  );
});

function ChartLegend({ model, hasFocus }: { model: ChartModel; hasFocus: boolean }) {
  const { spec } = model;
  const { legend, fields } = m().charts;
  return (
    <ul className="chart-legend">
      {spec.averageField ? (
        <>
          <li>
            <span className={`swatch swatch--bar swatch--${spec.metric}`} /> {legend.daily}
          </li>
          <li>
            <span className={`swatch swatch--line swatch--${spec.metric}`} /> {legend.average}
          </li>
        </>
      ) : (
        <li>
          <span className={`swatch swatch--line swatch--${spec.metric}`} />{' '}
          {legend.line(fields[spec.field], model.scale === 'log')}
        </li>
      )}
      {model.runs.length > 0 ? (
        <li>
          <span className="swatch swatch--run" />{' '}
          {legend.daysAbove(model.runThreshold, model.measure)}
        </li>
      ) : null}
      {model.story ? (
        <li>
          <span className="swatch swatch--story" /> {legend.story}
        </li>
      ) : null}
      {hasFocus ? (
        <li>
          <span className="swatch swatch--focus" /> {legend.focus}
        </li>
      ) : null}
      {model.gaps.length > 0 ? (
        <li>
          <span className="swatch swatch--gap" /> {legend.gap}
        </li>
      ) : null}
      {model.flagged.length > 0 ? (
        <li>
          <span className="swatch swatch--flag" /> {legend.flag}
        </li>
      ) : null}
    </ul>
  );
}
