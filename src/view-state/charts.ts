/**
 * The charts of the page, as links name them (`table=daily-cases`, `log=total-cases`): the chart
 * ids are derived from this list, so a chart added here is known to the URL at once.
 */
import type { CountField } from '../data/fields';

export interface ChartDefinition {
  readonly id: string;
  readonly title: string;
  /** The figure drawn: daily figures as bars under their 7-day average, totals as a line. */
  readonly field: CountField;
  /** Shade the runs of days above the dataset's threshold (the story's "10,000 a day"). */
  readonly showRuns: boolean;
}

export const CHARTS = [
  { id: 'daily-cases', title: 'Daily new cases', field: 'newCases', showRuns: true },
  { id: 'total-cases', title: 'Cumulative cases', field: 'totalCases', showRuns: false },
  { id: 'daily-deaths', title: 'Daily deaths', field: 'newDeaths', showRuns: false },
] as const satisfies readonly ChartDefinition[];

export type ChartId = (typeof CHARTS)[number]['id'];
export const CHART_IDS: readonly ChartId[] = CHARTS.map((chart) => chart.id);
