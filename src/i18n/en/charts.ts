/**
 * The words of the charts, and of the shared components (notices, error boundaries, lazy panels),
 * in English (the reference catalogue).
 */
import type { CountField } from '../../data/fields';
import {
  formatCompact,
  formatCount,
  formatDate,
  formatDateRange,
  formatMean,
  formatPercent,
  formatValue,
  type Measure,
} from '../../data/format';
import type { IsoDate } from '../../data/iso-date';

/** Where a chart's daily figure moved over the last week (the chart model decides which). */
type Direction = 'rising' | 'falling' | 'flat';

const DIRECTION: Record<Direction, string> = {
  rising: 'rising',
  falling: 'falling',
  flat: 'flat',
};

export const charts = {
  /** Each chart's title, by its id in src/view-state/charts.ts. */
  titles: {
    'daily-cases': 'Daily new cases',
    'total-cases': 'Cumulative cases',
    'daily-deaths': 'Daily deaths',
  },
  /** One value of a field, named in table headers, legends and the hover card. */
  fields: {
    newCases: 'New cases',
    totalCases: 'Total cases',
    newDeaths: 'New deaths',
    totalDeaths: 'Total deaths',
    newRecovered: 'New recoveries',
    totalRecovered: 'Recovered',
    activeCases: 'Active cases',
    newCasesAvg7: 'New cases, 7-day average',
    newDeathsAvg7: 'New deaths, 7-day average',
  } satisfies Record<CountField, string>,

  /** The heading of a chart: its title, and what its values count when they are rates. */
  heading: (title: string, measure: Measure | null): string =>
    measure === 'per100k' ? `${title} per 100,000` : title,
  /** The spoken name of a chart's Linear/Log switch. */
  scaleLabel: (title: string): string => `Scale of ${title.toLowerCase()}`,
  /** A chart in the message of its error boundary ("… could not be drawn"). */
  chartWhat: (title: string): string => `The chart “${title}”`,
  legend: {
    daily: 'Daily figure',
    average: '7-day average',
    /** The line of a cumulative chart. */
    line: (label: string, log: boolean): string => (log ? `${label} (log scale)` : label),
    daysAbove: (threshold: number, measure: Measure): string =>
      `Days above ${formatValue(threshold, measure)}`,
    story: "The story's report",
    focus: 'Selected date',
    gap: 'No report (nothing known)',
    flag: 'Flagged day (see table)',
  },

  /** Labels drawn inside the plot. */
  markers: {
    story: 'Story',
    highest: (value: number): string => `Highest: ${formatCompact(value)}`,
  },

  /** The card that follows the pointer. */
  hover: {
    reportOf: (date: IsoDate): string => `Report of ${formatDate(date)}`,
    average: (average: number | null, measure: Measure): string =>
      `7-day average: ${average === null ? 'not available' : formatMean(average, measure)}`,
    story: "The story's figures come from this report.",
  },

  /** A chart's controls to take it elsewhere: images and the code to embed it. */
  takeAway: {
    button: 'Download or embed',
    downloadButton: 'Download image',
    sourceLine: (sources: string): string => `Source: ${sources}`,
  },

  /**
   * The chart's one-paragraph summary, its accessible description: whole sentences, which the
   * chart model puts one after another.
   */
  summary: {
    noData: (title: string): string => `${title}: no data in the dates shown.`,
    /** What the chart shows, as the sentences name it. */
    subject: (title: string, measure: Measure): string =>
      measure === 'per100k' ? `${title} per 100,000 residents` : title,
    /** A cumulative chart without a single known value. */
    totalNotReported: (subject: string, from: IsoDate, to: IsoDate): string =>
      `${subject}, ${formatDateRange(from, to)}: not reported.`,
    /** A cumulative chart from its first to its last known value. */
    totalRose: (fact: {
      readonly subject: string;
      readonly from: { readonly value: number; readonly date: IsoDate };
      readonly to: { readonly value: number; readonly date: IsoDate };
      /** The last known value comes before the last date shown. */
      readonly endsEarly: boolean;
      readonly measure: Measure;
    }): string => {
      const { subject, from, to, measure } = fact;
      const known = fact.endsEarly ? `; not known after ${formatDate(to.date)} in this source` : '';
      return `${subject} rose from ${formatValue(from.value, measure)} on ${formatDate(from.date)} to ${formatValue(to.value, measure)} on ${formatDate(to.date)}${known}.`;
    },
    /** The first sentence of a daily chart's summary. */
    period: (subject: string, from: IsoDate, to: IsoDate): string =>
      `${subject}, ${formatDateRange(from, to)}.`,
    highest: (value: number, date: IsoDate, measure: Measure): string =>
      `Highest: ${formatValue(value, measure)} on ${formatDate(date)}.`,
    latest: (fact: {
      readonly value: number;
      readonly date: IsoDate;
      readonly average: number | null;
      /** The change of the average on the week before, when it is known. */
      readonly trend: { readonly direction: Direction; readonly percent: number } | null;
      readonly measure: Measure;
    }): string => {
      const { value, date, average, trend, measure } = fact;
      const mean = average === null ? '' : `, 7-day average ${formatMean(average, measure)}`;
      const change = trend
        ? `, ${DIRECTION[trend.direction]} (${formatPercent(trend.percent)} on the week before)`
        : '';
      return `Latest: ${formatValue(value, measure)} on ${formatDate(date)}${mean}${change}.`;
    },
    /** The days above the dataset's threshold, shaded on the chart. */
    daysAbove: (days: number, threshold: number, measure: Measure): string =>
      `${formatCount(days)} ${days === 1 ? 'day' : 'days'} above ${formatValue(threshold, measure)} (shaded).`,
    /** Report dates without a report, drawn as gaps in the bars and the line, or in the line. */
    gaps: (missing: number, total: number, drawn: 'bars' | 'line'): string =>
      `${formatCount(missing)} of the ${formatCount(total)} report dates ${missing === 1 ? 'has' : 'have'} no report: the ${drawn === 'bars' ? 'bars and the average leave gaps there' : 'line leaves gaps there'}.`,
  },

  /** The shared components of src/components. */
  components: {
    /** `what` names the part of the page: "The daily new cases chart". */
    errorBoundary: (what: string, message: string): string =>
      `${what} could not be drawn (${message}). The rest of the page still works.`,
    /** `what` names the panel: "The comparison of sources". */
    lazyPanelFailed: (what: string): string =>
      `${what} could not be shown: its code did not download.`,
  },
};
