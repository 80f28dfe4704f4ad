/** The words of the page's header and footer, and of the source switch, in English (the reference catalogue). */

import { formatCount, formatDate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { SourceId } from '../../data/series';

/** Each source by name, and what it covers (shown by the header, footer, switch and cards). */
const SOURCES = {
  official: {
    name: 'Official daily reports',
    shortName: 'Official',
    coverageNote:
      'Includes the Republic of Crimea and Sevastopol, as the official reports do. 38 report dates after 2022-01-20 have no usable report (35 were never archived, 3 archived copies were stale or misdated) and are shown as not reported; cumulative totals are known to 2022-03-11 only, since a missing day breaks the running sum.',
  },
  jhu: {
    name: 'Johns Hopkins University CSSE',
    shortName: 'JHU',
    coverageNote:
      'Excludes the Republic of Crimea and Sevastopol from 2020-06-01 (JHU counts them under Ukraine), so from then on its totals are lower than the official ones. Recoveries are not included here.',
  },
} satisfies Record<SourceId, { name: string; shortName: string; coverageNote: string }>;

export const page = {
  sources: SOURCES,

  /** The browser tab's title: "Moscow · COVID-19 in Russia · 3–7 May 2020, report of 7 May 2020". */
  tabTitle: {
    site: 'Russia COVID-19',
    siteOfPlace: (place: string) => `${place} · COVID-19 in Russia`,
    beforeData: 'official daily reports',
    allReports: 'all reports',
    reportOf: (date: string) => `, report of ${date}`,
    per100k: 'per 100,000',
  },
  title: 'Russia COVID-19 dashboard',
  lede: 'Cases and deaths in Russia and each of its 85 regions, report by report from 31 January 2020 to 2023, from the official daily reports and from Johns Hopkins University, with every gap and correction shown, and the news story of 8 May 2020 checked figure by figure.',
  latestReport: 'Latest report:',
  latestNotAvailable: 'not available',

  sourceSwitch: 'Source of the figures',

  sourcesHeading: 'Sources and licences',
  /** Before the source's name, which is shown in bold. */
  footerFiguresShown: 'Figures shown:',
  /** After a reference's name (a link): what it covers and its licence, as the data file says. */
  referenceDetails: (covers: string, licence: string) => `, ${covers}. Licence: ${licence}.`,
  referencesLater:
    'The archives the figures were taken from, and their licences, are listed here from the data file once it has loaded.',
  storyCredit:
    'The story: "Russia has more than 10,000 new diagnoses for five consecutive days", news item of 8 May 2020; photo: Alexei Nikolsky, Sputnik, Kremlin Pool Photo via AP.',
  methodHeading: 'How to read the figures',
  methodReportDates:
    'Every date is a report date: the day the official report was published (in the morning, Moscow time, covering the previous 24 hours). The story dated 8 May 2020 quotes the report of 7 May 2020.',
  methodAverages:
    '7-day averages are the mean of the 7 reports up to and including the date, shown only when all 7 are known: no average is drawn across a day without a report.',
  methodFlags:
    'A day whose figures do not add up (the change in a total differs from the daily figure, a total goes down) or that has no report is flagged, not corrected: charts mark it, tables explain it, and the list of corrections and gaps names every one.',
  /** `generatedOn` is the file's own stamp (YYYY-MM-DD), shown as written. */
  dataFile: (reportDates: number, first: IsoDate, last: IsoDate, generatedOn: string) =>
    `Data file: ${formatCount(reportDates)} report dates, ${formatDate(first)} to ${formatDate(last)}; generated ${generatedOn}.`,
};
