/** The words of the map, in English (the reference catalogue). */
import { formatCompact, formatCount, formatDate, formatRate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { MapMetric } from '../../data/map-rates';

const NOUN: Record<MapMetric, string> = { cases: 'new cases', deaths: 'deaths' };
const WHAT: Record<MapMetric, string> = { cases: 'New cases', deaths: 'Deaths' };

/** The facts of the summary sentence, when at least one region has a rate. */
export interface MapSummaryFacts {
  readonly metric: MapMetric;
  readonly date: IsoDate;
  readonly highest: { readonly name: string; readonly rate: number };
  readonly lowest: { readonly name: string; readonly rate: number };
  /** How many regions are in the highest band that has any, of how many, and that band. */
  readonly topBandRegions: number;
  readonly regions: number;
  readonly topBandLabel: string;
  /** Regions without a rate (a day of the 7 without a report). */
  readonly notReported: number;
}

export const map = {
  /** The switch between the two measures (also the table's column of counts). */
  metric: { cases: 'Cases', deaths: 'Deaths' } satisfies Record<MapMetric, string>,
  whatMapShows: 'What the map shows',
  play: 'Play',
  pause: 'Pause',
  failed: (reason: string) => `The map could not be drawn: ${reason}`,
  title: (metric: MapMetric, date: IsoDate) =>
    `${WHAT[metric]} per 100,000 residents, 7 days to ${formatDate(date)}`,
  /** The map's accessible name: `title` is the sentence above. */
  label: (title: string) =>
    `Map of the 85 regions: ${title}. Arrow keys move between regions; Enter opens one.`,
  detailsHint:
    'Point at a region, or move to it with Tab and the arrow keys, for its figures; click or press Enter to open it.',
  /** Before the note, while playing (it ends with a space: the note follows). */
  playing: (date: IsoDate) => `Playing: ${formatDate(date)}, a week a frame. `,
  /** The note under the map, around its link to the table of all regions. */
  note: {
    beforeLink:
      'Population: Rosstat, 1 January 2020. Figures: the official daily reports. Shapes: Natural Earth (public domain), simplified; Crimea and Sevastopol are shown as the official reports count them. The same figures for the dates shown are in ',
    link: 'the table of all regions',
    afterLink: '.',
  },

  regionRate: (name: string, metric: MapMetric, rate: number, count: number, date: IsoDate) =>
    `${name}: ${formatRate(rate)} ${NOUN[metric]} per 100,000 (${formatCount(count)} in all) in the 7 days to ${formatDate(date)}.`,
  regionNotReported: (name: string, date: IsoDate) =>
    `${name}: not reported for every day of the 7 days to ${formatDate(date)}.`,

  summary: (facts: MapSummaryFacts): string =>
    [
      `Highest: ${facts.highest.name}, ${formatRate(facts.highest.rate)} ${NOUN[facts.metric]} per 100,000 in the 7 days to ${formatDate(facts.date)};`,
      `lowest: ${facts.lowest.name}, ${formatRate(facts.lowest.rate)}.`,
      `${facts.topBandRegions} of ${facts.regions} regions ${facts.topBandRegions === 1 ? 'is' : 'are'} in the highest band shown (${facts.topBandLabel}).`,
      facts.notReported > 0
        ? `${facts.notReported} ${facts.notReported === 1 ? 'region is' : 'regions are'} not reported.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  summaryNoneReported: (date: IsoDate) =>
    `No region has a report for every day of the 7 days to ${formatDate(date)}: the map shows them as not reported.`,

  /** The bands of the legend: "under 10", "10 to 30", ..., "3K or more". */
  bandUnder: (upper: number) => `under ${formatCompact(upper)}`,
  bandBetween: (lower: number, upper: number) =>
    `${formatCompact(lower)} to ${formatCompact(upper)}`,
  bandOrMore: (lower: number) => `${formatCompact(lower)} or more`,
  legend: 'Legend: per 100,000 residents over 7 days',

  table: {
    label: 'Map, table',
    caption: (metric: MapMetric, date: IsoDate) =>
      `${WHAT[metric]} in the 7 days to ${formatDate(date)}, by region, highest rate first`,
    region: 'Region',
    per100k: 'Per 100,000',
    band: 'Band',
  },
  imageSubtitle: 'Per 100,000 residents, 7 days to the date shown, by region',
  imageSources:
    'official daily reports, from the archives maximzasorin/covid-19 (MIT), k0ka/covid19-russia-data (GNU GPL v3) and ash/covid.observer; population: Rosstat, 1 January 2020; shapes: Natural Earth (public domain)',
};
