/**
 * The figures of a day, each described once: its name, what it counts, whether it is reported
 * daily, reported as a running total or derived, its CSV column, and what it means. The file
 * schema, the dataset, the per-capita scaling, the CSV, the flags' messages, the key figures and
 * the charts all read this catalogue, so a figure is added or renamed here and nowhere else.
 */

/** What a figure counts; each has its colour in the page (`--cases`, ...). */
export type Metric = 'cases' | 'deaths' | 'recovered';

/**
 * How a figure comes to be:
 *   daily       reported for the day (may be negative when a total was revised down)
 *   cumulative  reported as a running total
 *   average     the 7-day average of a daily figure, derived
 *   derived     computed from reported figures
 */
export type FieldKind = 'daily' | 'cumulative' | 'average' | 'derived';

export interface FieldSpec {
  /** The figure's name in headings, table headers and sentences: "New cases". */
  readonly label: string;
  readonly metric: Metric;
  readonly kind: FieldKind;
  /** Its column in the downloaded CSV (per 100,000: with `_per_100k` after it). */
  readonly csvColumn: string;
  /** What the number means, in one line. */
  readonly definition: string;
}

export const FIELDS = {
  newCases: {
    label: 'New cases',
    metric: 'cases',
    kind: 'daily',
    csvColumn: 'new_cases',
    definition: 'New diagnoses in the report',
  },
  totalCases: {
    label: 'Total cases',
    metric: 'cases',
    kind: 'cumulative',
    csvColumn: 'total_cases',
    definition: 'All diagnoses reported so far',
  },
  newDeaths: {
    label: 'New deaths',
    metric: 'deaths',
    kind: 'daily',
    csvColumn: 'new_deaths',
    definition: 'Deaths in the report',
  },
  totalDeaths: {
    label: 'Total deaths',
    metric: 'deaths',
    kind: 'cumulative',
    csvColumn: 'total_deaths',
    definition: 'All deaths reported so far',
  },
  newRecovered: {
    label: 'New recoveries',
    metric: 'recovered',
    kind: 'daily',
    csvColumn: 'new_recovered',
    definition: 'Recoveries in the report',
  },
  totalRecovered: {
    label: 'Recovered',
    metric: 'recovered',
    kind: 'cumulative',
    csvColumn: 'total_recovered',
    definition: 'All recoveries reported so far',
  },
  activeCases: {
    label: 'Active cases',
    metric: 'cases',
    kind: 'derived',
    csvColumn: 'active_cases',
    definition: 'Total cases minus deaths and recoveries',
  },
  newCasesAvg7: {
    label: 'New cases, 7-day average',
    metric: 'cases',
    kind: 'average',
    csvColumn: 'new_cases_7day_avg',
    definition: 'The mean of the 7 daily figures ending that day',
  },
  newDeathsAvg7: {
    label: 'New deaths, 7-day average',
    metric: 'deaths',
    kind: 'average',
    csvColumn: 'new_deaths_7day_avg',
    definition: 'The mean of the 7 daily figures ending that day',
  },
} as const satisfies Record<string, FieldSpec>;

/** A figure of a day entry that holds a count (or a rate, per 100,000). */
export type CountField = keyof typeof FIELDS;

/** Every count field, in the catalogue's order (the CSV's column order). */
export const COUNT_FIELDS = Object.keys(FIELDS) as CountField[];

/** The fields a report carries: the daily and cumulative figures of each metric. */
export type ReportedField = {
  [K in CountField]: (typeof FIELDS)[K]['kind'] extends 'daily' | 'cumulative' ? K : never;
}[CountField];

/** Each metric: its name in sentences, its daily and cumulative fields, and its 7-day average. */
export const METRICS = {
  cases: { name: 'cases', daily: 'newCases', total: 'totalCases', average: 'newCasesAvg7' },
  deaths: { name: 'deaths', daily: 'newDeaths', total: 'totalDeaths', average: 'newDeathsAvg7' },
  recovered: { name: 'recoveries', daily: 'newRecovered', total: 'totalRecovered', average: null },
} as const satisfies Record<
  Metric,
  {
    readonly name: string;
    readonly daily: ReportedField;
    readonly total: ReportedField;
    readonly average: CountField | null;
  }
>;

export const METRIC_IDS = Object.keys(METRICS) as Metric[];

/** The field drawn as the 7-day average of `field`, if it has one (daily figures do). */
export function averageOf(field: CountField): CountField | null {
  const spec: FieldSpec = FIELDS[field];
  return spec.kind === 'daily' ? METRICS[spec.metric].average : null;
}

/** The colour of a metric (soft: for bars under a line), a CSS property set for both themes. */
export function metricColour(metric: Metric, tone: 'strong' | 'soft' = 'strong'): string {
  return tone === 'soft' ? `var(--${metric}-soft)` : `var(--${metric})`;
}
