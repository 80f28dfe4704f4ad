/** The words of the key figures (cards, heading, focus note, range totals), in English (the reference catalogue). */
import type { CountField } from '../../data/fields';
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatPercent,
  formatValue,
  type Measure,
} from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { UnknownReason } from '../../data/key-figures';
import type { Change } from '../../data/range';
import { pluralForm } from '../plural';

/** What a card's change is measured against. */
export type Comparison = 'previousDay' | 'weekBefore';

const AGAINST: Record<Comparison, string> = {
  previousDay: 'the previous day',
  weekBefore: '7 days earlier',
};

/** A sparkline's facts, for its accessible description. */
export interface SparklineFacts {
  readonly label: string;
  readonly days: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly low: number;
  readonly high: number;
  readonly measure: Measure;
}

export const keyFigures = {
  /** Each card's heading (and accessible name) and what its number means, in one line. */
  cards: {
    newCases: { label: 'New cases', definition: 'New diagnoses in the report' },
    totalCases: { label: 'Total cases', definition: 'All diagnoses reported so far' },
    newDeaths: { label: 'New deaths', definition: 'Deaths in the report' },
    totalDeaths: { label: 'Total deaths', definition: 'All deaths reported so far' },
    totalRecovered: { label: 'Recovered', definition: 'All recoveries reported so far' },
    activeCases: { label: 'Active cases', definition: 'Total cases minus deaths and recoveries' },
  } satisfies Partial<Record<CountField, { label: string; definition: string }>>,

  heading: (placeName: string) => `Key figures: ${placeName}`,
  /** Before a report's date: "report of 7 May 2020". */
  reportOf: 'report of',

  showingReport: (date: IsoDate, isStoryReport: boolean) =>
    `Showing the report of ${formatDate(date)}${isStoryReport ? ", the one the story's figures come from" : ''}.`,
  showLastOfRange: 'Show the last report of these dates',
  showLatest: 'Show the latest report',

  definitionPer100k: (definition: string) => `${definition}, per 100,000 residents`,
  derived: ' (derived from the totals)',
  /** After the other source's short name and figure. */
  /** After "JHU: 21,668,261". */
  alternativeNote: '(same report date; excludes Crimea and Sevastopol)',
  warning: 'Warning: ',
  unknownReason: (reason: UnknownReason | null): string => {
    switch (reason?.kind) {
      case 'missing-report':
        return 'No usable report for this date';
      case 'not-yet':
        return `Not reported before ${formatDate(reason.firstKnown)}`;
      case 'no-longer':
        return `Not known after ${formatDate(reason.lastKnown)}`;
      case 'never':
        return 'This source does not report it';
      default:
        return 'No figure in this report';
    }
  },
  noComparison: (against: Comparison) => `No comparison with ${AGAINST[against]}`,
  /** After the signed change: "vs the previous day". */
  versus: (against: Comparison) => `vs ${AGAINST[against]}`,
  /** The change in words, for screen readers. */
  changeSpoken: (change: Change, against: Comparison, measure: Measure): string => {
    const when = `${AGAINST[against]}, ${formatDate(change.comparedWith)}`;
    if (change.absolute === 0) return `Unchanged on ${when}`;
    const percent =
      change.percent === null
        ? ''
        : `, ${formatPercent(Math.abs(change.percent)).replace(/^[+−]/, '')}`;
    return `${change.absolute > 0 ? 'Up' : 'Down'} ${formatValue(Math.abs(change.absolute), measure)}${percent}, on ${when}`;
  },
  average: '7-day average:',
  averageNotYet: '7-day average: not yet available',
  sparkline: (facts: SparklineFacts) =>
    `${facts.label} over the ${facts.days} ${facts.days === 1 ? 'day' : 'days'} from ${formatDate(facts.from)} to ${formatDate(facts.to)}: between ${formatValue(facts.low, facts.measure)} and ${formatValue(facts.high, facts.measure)}`,
  sparklineEmpty: (label: string) => `${label}: no recent figures`,

  rangeTotals: 'Totals for the dates shown',
  rangePeriod: (first: IsoDate, last: IsoDate, reports: number) =>
    `Reported from ${formatDateRange(first, last)} (${formatCount(reports)} ${pluralForm('en', reports, { one: 'report', other: 'reports' })})`,
  rangeCases: 'Cases in these reports',
  rangeDeaths: 'Deaths in these reports',
  rangePeak: 'Most new cases in a day',
  /** After the peak's figure. */
  rangePeakDate: (date: IsoDate) => `on ${formatDate(date)}`,
  rangeDaysAbove: (threshold: number, measure: Measure) =>
    `Days above ${formatValue(threshold, measure)} new cases${measure === 'per100k' ? ' per 100,000' : ''}`,
  /** After the number of days above the threshold (only for runs of 2 days or more). */
  rangeLongestRun: (days: number) => `(longest run ${formatCount(days)})`,
  rangeDaysWithout: (days: number) =>
    `${formatCount(days)} of these days have no figure for new cases; the totals leave them out.`,
};
