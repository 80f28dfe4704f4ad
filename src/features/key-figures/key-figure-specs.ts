import type { Metric } from '../../data/dataset';
import type { CountField } from '../../data/range';

/** One stat card: which figure it shows, its 7-day average if any, and its colour. */
export interface KeyFigureSpec {
  /** The card's heading and accessible name. */
  readonly label: string;
  readonly field: CountField;
  readonly averageField: CountField | null;
  readonly metric: Metric;
  /** What the number means, in one line under it. */
  readonly definition: string;
}

export const KEY_FIGURE_SPECS: readonly KeyFigureSpec[] = [
  {
    label: 'New cases',
    field: 'newCases',
    averageField: 'newCasesAvg7',
    metric: 'cases',
    definition: 'New diagnoses in the report',
  },
  {
    label: 'Total cases',
    field: 'totalCases',
    averageField: null,
    metric: 'cases',
    definition: 'All diagnoses reported so far',
  },
  {
    label: 'New deaths',
    field: 'newDeaths',
    averageField: 'newDeathsAvg7',
    metric: 'deaths',
    definition: 'Deaths in the report',
  },
  {
    label: 'Total deaths',
    field: 'totalDeaths',
    averageField: null,
    metric: 'deaths',
    definition: 'All deaths reported so far',
  },
  {
    label: 'Recovered',
    field: 'totalRecovered',
    averageField: null,
    metric: 'recovered',
    definition: 'All recoveries reported so far',
  },
  {
    label: 'Active cases',
    field: 'activeCases',
    averageField: null,
    metric: 'cases',
    definition: 'Total cases minus deaths and recoveries',
  },
];
