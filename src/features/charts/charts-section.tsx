import './charts.css';
import { useCallback, useMemo } from 'react';
import { sourceArticle } from '../../data/article';
import type { Dataset } from '../../data/dataset';
import type { IsoDate } from '../../data/iso-date';
import type { DateRange } from '../../data/range';
import type { ChartId, Scale } from '../../view-state/view-state';
import { buildChartModel, CHART_SPECS, type ChartSpec } from './chart-model';
import { ChartPanel } from './chart-panel';

export interface ChartsSectionProps {
  readonly dataset: Dataset;
  readonly range: DateRange;
  readonly scale: Scale;
  readonly focus: IsoDate | null;
  readonly openTables: readonly ChartId[];
  readonly onToggleTable: (id: ChartId) => void;
  readonly onScaleChange: (scale: Scale) => void;
}

/**
 * The three charts. Loaded as a separate chunk (with the charting library), so that the key
 * figures and the story do not wait for it.
 */
export default function ChartsSection(props: ChartsSectionProps) {
  return (
    <div className="charts">
      {CHART_SPECS.map((spec) => (
        <ChartContainer key={spec.id} spec={spec} {...props} />
      ))}
    </div>
  );
}

/** Rebuilds a chart's model only when an input that chart depends on changes. */
function ChartContainer({
  spec,
  dataset,
  range,
  scale,
  focus,
  openTables,
  onToggleTable,
  onScaleChange,
}: ChartsSectionProps & { spec: ChartSpec }) {
  const chartScale: Scale = spec.hasScaleSwitch ? scale : 'linear';
  const { from, to } = range;
  const model = useMemo(
    () =>
      buildChartModel(spec, {
        dataset,
        range: { from, to },
        scale: chartScale,
        focus,
        storyDate: sourceArticle.reportDate,
      }),
    [spec, dataset, from, to, chartScale, focus],
  );
  const toggle = useCallback(() => onToggleTable(spec.id), [onToggleTable, spec.id]);
  return (
    <ChartPanel
      model={model}
      tableOpen={openTables.includes(spec.id)}
      onToggleTable={toggle}
      onScaleChange={onScaleChange}
    />
  );
}
