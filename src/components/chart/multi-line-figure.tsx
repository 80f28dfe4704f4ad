import { type ReactNode, useId, useRef, useState } from 'react';
import { m } from '../../i18n/messages';
import { lazyModule, useLazyModule } from '../lazy-panel';
import { Notice } from '../notice';
import { Skeleton } from '../skeleton';
import { useElementWidth } from '../use-element-width';
import type { LineStyle, MultiLinePoint } from './multi-line-chart';

/** The chart's code, with the charting library: requested when the first such figure is drawn. */
const chartModule = lazyModule(() => import('./multi-line-chart'));

interface MultiLineFigureProps {
  readonly title: string;
  /** The one-sentence summary, the figure's accessible description; null while loading. */
  readonly summary: string | null;
  readonly legend: ReactNode;
  /** null while loading: placeholders of the final size. */
  readonly points: readonly MultiLinePoint[] | null;
  readonly lines: readonly LineStyle[];
  /** The same numbers as a table, drawn when asked for. */
  readonly table: (id: string) => ReactNode;
  /** What is said when the plot's code did not download: its panel's words, loaded with it. */
  readonly plotFailed: string;
  /** Names the figure for tests and measurements (`data-chart-panel`). */
  readonly name: string;
  readonly className?: string;
}

/**
 * Several lines on one chart, as a figure: title, summary, legend, the plot (hidden from
 * assistive technology) and, on demand, its table. The plot's code loads with the figure.
 */
export function MultiLineFigure({
  title,
  summary,
  legend,
  points,
  lines,
  table,
  plotFailed,
  name,
  className,
}: MultiLineFigureProps) {
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  const [tableOpen, setTableOpen] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frame, 800);
  const plot = useLazyModule(chartModule, true);
  const ready = points !== null;
  const { common } = m();
  return (
    <figure
      className={className}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      aria-busy={!ready}
      data-chart-panel={name}
    >
      <div className="chart-panel__header">
        <h3 id={titleId} className="chart-panel__title">
          {title}
        </h3>
        <button
          type="button"
          className="button"
          aria-expanded={tableOpen}
          aria-controls={tableId}
          disabled={!ready}
          onClick={() => setTableOpen((open) => !open)}
        >
          {tableOpen ? common.hideTable : common.showTable}
        </button>
      </div>
      <figcaption id={summaryId} className="chart-panel__summary">
        {summary ?? <Skeleton height="1.25rem" width="80%" />}
      </figcaption>
      {legend}
      {plot.status === 'error' ? (
        <Notice tone="error" onRetry={plot.retry}>
          <p>{plotFailed}</p>
        </Notice>
      ) : (
        <div aria-hidden="true" className="chart-panel__plot" ref={frame}>
          {points && plot.status === 'ready' && width !== null ? (
            <plot.value.MultiLineChart points={points} lines={lines} width={width} />
          ) : (
            <Skeleton height="280px" />
          )}
        </div>
      )}
      {ready && tableOpen ? table(tableId) : <div id={tableId} hidden />}
    </figure>
  );
}
