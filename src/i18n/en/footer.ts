/** The words of the page's footer (what the dashboard is, sources, licences, method), in English. */
import { formatCount, formatDate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';

export const footer = {
  lede: 'Cases and deaths in Russia and each of its 85 regions, report by report from 31 January 2020 to 2023, from the official daily reports and from Johns Hopkins University, with every gap and correction shown, and the news story of 8 May 2020 checked figure by figure.',
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
