/**
 * The words of the comparison of the sources, in English (the reference catalogue). The sources'
 * names are the page's (`page.sources`) and their coverage notes the source switch's
 * (`placeControls.coverageNote`, loaded with these words); what each source is, its dates and its
 * references are worded here, as src/data/source-details.ts states them.
 */
import type { SourceComparison } from '../../data/compare-sources';
import { formatCount, formatDate, formatDateRange, formatPercent } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { ReportSource } from '../../data/report-file';
import type { SourceId } from '../../data/series';

const STOPCORONAVIRUS =
  'stopcoronavirus.rf, the daily reports of the Russian government coronavirus response centre';

export const sources = {
  /** When the page shows a region: the comparison is of the whole country (ends with a space). */
  placeNote: (place: string) =>
    `The page shows ${place} from the official reports; this comparison is of Russia as a whole, since JHU has no regional figures. `,
  /** Around the name of the source shown, which is in bold. */
  intro: {
    beforeSource: 'The page shows ',
    afterSource:
      ". The two sources agree on the same report dates except where JHU leaves out the Republic of Crimea and Sevastopol (from 1 June 2020, when it began counting them under Ukraine), on JHU's own corrections (17 and 18 October 2020), and on the report dates after 20 January 2022 that have no usable official report, where only JHU has figures.",
  },
  failed: (reason: string) => `The comparison could not be loaded: ${reason}`,
  title: 'Daily new cases by source (7-day average)',
  /** The figure's plot could not be drawn (the same words as the comparison of places'). */
  figurePlotFailed:
    'The chart could not be drawn: its code did not download. The table has the numbers.',
  /** The legend's name of the dashed line. */
  dashed: (name: string) => `${name} (dashed)`,
  /** The chart's summary: what each source covers, where they agree, their largest gap. */
  summary: (from: IsoDate, to: IsoDate, comparison: SourceComparison): string => {
    const [official, jhu] = comparison.coverage;
    const parts = [
      `${formatDateRange(from, to)}: the official reports have new cases for ${formatCount(official.daysWithValues)} of ${formatCount(official.days)} days, JHU for ${formatCount(jhu.daysWithValues)}.`,
    ];
    const both = comparison.bothTotalsKnown;
    if (both > 0) {
      parts.push(
        `Where both give a total (${formatCount(both)} days), they agree on ${formatCount(comparison.totalsEqual)} (${formatPercent((comparison.totalsEqual / both) * 100).replace('+', '')}).`,
      );
    }
    const gap = comparison.largestTotalGap;
    if (gap && gap.value !== 0) {
      parts.push(
        `The largest difference is ${formatCount(Math.abs(gap.value))} cases on ${formatDate(gap.date)}, ${gap.value > 0 ? 'official above JHU' : 'JHU above official'}.`,
      );
    }
    return parts.join(' ');
  },

  table: {
    label: 'Sources compared, table',
    caption: 'Daily and total cases by source, latest first',
    date: 'Report date',
    officialNew: 'Official: new cases',
    jhuNew: 'JHU: new cases',
    officialAverage: 'Official: 7-day average',
    jhuAverage: 'JHU: 7-day average',
    officialTotal: 'Official: total cases',
    jhuTotal: 'JHU: total cases',
    difference: 'Official minus JHU',
  },

  /** What each source is, in one sentence. */
  description: {
    official: `The figures as Russia's government published them each morning (${STOPCORONAVIRUS}), gathered from public archives of those reports.`,
    jhu: "The Johns Hopkins University Center for Systems Science and Engineering (CSSE) global time series, Russia's row, as JHU last published it (its files end on 2023-03-09).",
  } satisfies Record<SourceId, string>,
  coverage: 'Coverage',
  /** New cases are known on `known` of the `days` report dates from `from` to `to`. */
  coverageDays: (known: number, days: number, from: IsoDate, to: IsoDate) =>
    `New cases on ${formatCount(known)} of ${formatCount(days)} report dates from ${formatDate(from)} to ${formatDate(to)}.`,
  dateConventionLabel: 'Date convention',
  dateConvention: {
    official:
      'Each date is the day the report was published (in the morning, Moscow time, covering the previous 24 hours).',
    jhu: 'A JHU column dated D holds the Russian report published on D: the dates are report dates, as in the official series.',
  } satisfies Record<SourceId, string>,
  takenFrom: 'Taken from',
  /** A reference's name, the text of its link (a repository's name and what it holds). */
  referenceName: (_source: SourceId, reference: ReportSource) => reference.name,
  /** After a reference's link: the dates it covers and its licence. */
  referenceDetails: (_source: SourceId, reference: ReportSource) =>
    ` (${reference.covers}). Licence: ${reference.licence}.`,
};
