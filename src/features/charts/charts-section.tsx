import './charts.css';
import { type ReactNode, useCallback, useMemo } from 'react';
import { ErrorBoundary } from '../../components/error-boundary';
import { ChartTakeAway } from '../../components/take-away/chart-take-away';
import { sourceArticle } from '../../data/article';
import type { Dataset } from '../../data/dataset';
import { formatDateRangeShort } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { DateRange } from '../../data/range';
import type { SourceId } from '../../data/series';
import { m } from '../../i18n/messages';
import type { ChartId } from '../../view-state/charts';
import type { Scale } from '../../view-state/view-state';
import { buildChartModel, CHART_SPECS, type ChartSpec, markerAt } from './chart-model';
import { ChartPanel } from './chart-panel';

export interface ChartsSectionProps {
  /** null while the data loads: the panels are drawn with placeholders. */
  readonly dataset: Dataset | null;
  readonly range: DateRange | null;
  /** The charts drawn on a log scale; the others are linear. */
  readonly logScale: readonly ChartId[];
  readonly focus: IsoDate | null;
  readonly openTables: readonly ChartId[];
  readonly onToggleTable: (id: ChartId) => void;
  readonly onScaleChange: (id: ChartId, scale: Scale) => void;
  /** Drawn under the daily cases chart: the control that chooses its dates. */
  readonly brush?: ReactNode;
  /** Only this chart (an embed); absent: all three. */
  readonly only?: ChartId;
  /** Named in a chart's image: "Russia", or the region shown. */
  readonly placeName: string;
  readonly source: SourceId;
  /** The address of a chart alone, for its embed code; absent: no downloads or embedding. */
  readonly embedHrefFor?: (id: ChartId) => string;
}

/** The three charts (or one, for an embed), each drawn as soon as the data is there. */
export function ChartsSection(props: ChartsSectionProps) {
  const specs = props.only ? CHART_SPECS.filter((spec) => spec.id === props.only) : CHART_SPECS;
  return (
    <div className={props.only ? 'charts charts--one' : 'charts'}>
      {specs.map((spec) => (
        // A render error in one chart stays in its panel; the others, and the page, go on.
        <ErrorBoundary key={spec.id} what={m().charts.chartWhat(m().charts.titles[spec.id])}>
          <ChartContainer spec={spec} {...props} />
        </ErrorBoundary>
      ))}
    </div>
  );
}

/** "russia-daily-cases-2020-05-03_2020-05-07": the place, the chart and the dates. */
function imageFileName(placeName: string, id: ChartId, from: IsoDate, to: IsoDate): string {
  const place = placeName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${place || 'place'}-${id}-${from}_${to}`;
}

/**
 * Each source the file names, short, with the first words of its licence:
 * "maximzasorin/covid-19 (MIT); k0ka/covid19-russia-data (GNU GPL v3); …".
 */
function sourcesOf(dataset: Dataset | null): string {
  const short = (text: string) => text.split(/ \(|; /)[0] ?? text;
  return (dataset?.provenance?.sources ?? [])
    .map((reference) => `${short(reference.name)} (${short(reference.licence)})`)
    .join('; ');
}

/** Rebuilds a chart's model only when an input that chart depends on changes. */
function ChartContainer({
  spec,
  dataset,
  range,
  logScale,
  focus,
  openTables,
  onToggleTable,
  onScaleChange,
  brush,
  placeName,
  source,
  embedHrefFor,
}: ChartsSectionProps & { spec: ChartSpec }) {
  const chartScale: Scale = logScale.includes(spec.id) ? 'log' : 'linear';
  const from = range?.from ?? null;
  const to = range?.to ?? null;
  const model = useMemo(
    () =>
      dataset && from && to
        ? buildChartModel(spec, {
            dataset,
            range: { from, to },
            scale: chartScale,
            storyDate: sourceArticle.reportDate,
          })
        : null,
    [spec, dataset, from, to, chartScale],
  );
  const focusMarker = useMemo(() => (model ? markerAt(model.points, focus) : null), [model, focus]);
  const toggle = useCallback(() => onToggleTable(spec.id), [onToggleTable, spec.id]);
  const changeScale = useCallback(
    (scale: Scale) => onScaleChange(spec.id, scale),
    [onScaleChange, spec.id],
  );
  return (
    <ChartPanel
      spec={spec}
      scale={chartScale}
      model={model}
      focus={focusMarker}
      tableOpen={openTables.includes(spec.id)}
      onToggleTable={toggle}
      onScaleChange={changeScale}
      below={spec.id === 'daily-cases' ? brush : null}
      actions={
        embedHrefFor && model && from && to ? (
          <ChartTakeAway
            ready
            fileName={imageFileName(placeName, spec.id, from, to)}
            embedHref={embedHrefFor(spec.id)}
            text={{
              title: m().charts.heading(m().charts.titles[spec.id], model.measure),
              subtitle: `${placeName} · ${formatDateRangeShort(from, to)} · ${m().page.sources[source].name}`,
              source: m().charts.takeAway.sourceLine(sourcesOf(dataset)),
            }}
          />
        ) : null
      }
    />
  );
}
