/**
 * The words of the story's panel, in English (the reference catalogue): its headings, dates,
 * the checks of its figures and its notes. The story itself is quoted as published, in English.
 */
import type { ArticleClaim } from '../../data/article';
import type { ClaimCheck, ClaimStatus } from '../../data/claims';
import { formatCount, formatDate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';

const TOTAL: Record<'totalCases' | 'totalDeaths', string> = {
  totalCases: 'total cases',
  totalDeaths: 'total deaths',
};

export const article = {
  kicker: 'The story',
  /** Before the news date, then before the report date: "News date 8 May 2020 · figures …". */
  newsDate: 'News date',
  figuresFrom: 'figures from the official report of',
  /** On a region's page: the story's figures are national. */
  national: (place: string) =>
    `The story's figures are for Russia as a whole: they are checked against the national official series, not against ${place}.`,
  reportInRange: 'That report is within the dates shown.',
  reportOutOfRange: (from: IsoDate, to: IsoDate) =>
    `That report is outside the dates shown (${formatDate(from)} to ${formatDate(to)}).`,
  textFailed: (reason: string) => `The text of the story could not be loaded (${reason}).`,

  claimsHeading: (reportDate: IsoDate) =>
    `The story's figures, checked against the report of ${formatDate(reportDate)}`,
  /** Each figure the story states, named in a few words. */
  claimLabel: {
    'daily-record': 'New cases in a day, a record',
    'fifth-day-above-10k': 'Fifth day in a row above 10,000',
    'total-cases': 'Total cases above 177,000',
    'total-deaths': 'Deaths above 1,600',
  } satisfies Record<ArticleClaim['id'], string>,
  status: {
    verified: 'verified',
    refuted: 'not supported',
    'no-data': 'cannot be checked',
  } satisfies Record<ClaimStatus, string>,
  checking: 'checking',
  notCheckedYet: 'not checked yet',
  notLoaded: 'The figures are not loaded, so this cannot be checked yet.',
  /**
   * What the data shows of a claim, in one sentence (as src/data/claims.ts words it, which keeps
   * dates as YYYY-MM-DD). `reportIsRecord`: the report's new cases are more than on any day before.
   */
  explain: (check: ClaimCheck, reportDate: IsoDate, reportIsRecord: boolean): string => {
    const { test } = check.claim;
    const verified = check.status === 'verified';
    if (check.actual === null) {
      const what = test.kind === 'total-above' ? TOTAL[test.field] : 'new cases';
      return `The data has no ${what} for the report of ${reportDate}.`;
    }
    const actual = check.actual;
    switch (test.kind) {
      case 'daily-record':
        if (verified) {
          return `${formatCount(actual)} new cases in the report of ${reportDate}, more than on any earlier day.`;
        }
        return actual === test.value
          ? `${formatCount(actual)} new cases in the report of ${reportDate}, but that was not a record.`
          : `The report of ${reportDate} has ${formatCount(actual)} new cases, not ${formatCount(test.value)}${reportIsRecord ? '' : ', and it was not a record'}.`;
      case 'consecutive-days-above': {
        const first = check.dates[0];
        return actual === 0 || !first
          ? `New cases were not above ${formatCount(test.threshold)} in the report of ${reportDate}.`
          : `New cases were above ${formatCount(test.threshold)} on ${actual} consecutive ${actual === 1 ? 'day' : 'days'}, ${first} to ${reportDate}${verified ? '' : `, not ${test.days}`}.`;
      }
      case 'total-above':
        return `The report of ${reportDate} has ${formatCount(actual)} ${TOTAL[test.field]}, ${verified ? 'more' : 'not more'} than ${formatCount(test.threshold)}.`;
    }
  },

  /** Before the photo's caption and credit, quoted from the story. */
  photo: 'Photo (not reproduced here):',
  /** Before the story's dateline, quoted in brackets. */
  published: (newsDate: IsoDate) => `Story as published on ${formatDate(newsDate)}`,
  checkedAgainst: (reportDate: IsoDate) =>
    `Figures marked in the text are checked against the official report of ${formatDate(reportDate)}.`,
};
