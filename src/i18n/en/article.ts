/**
 * The words of the story's panel, in English (the reference catalogue): its headings, dates and
 * notes. The story itself is quoted as published, in English; the checks of its figures are
 * worded by "Check a story" (./story-check.ts), whose engine checks them.
 */
import { formatDate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';

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
  /** In a figure's mark, before the figures have loaded. */
  checking: 'checking',
  notCheckedYet: 'not checked yet',
  notLoaded: 'The figures are not loaded, so this cannot be checked yet.',

  /** Before the photo's caption and credit, quoted from the story. */
  photo: 'Photo (not reproduced here):',
  /** Before the story's dateline, quoted in brackets. */
  published: (newsDate: IsoDate) => `Story as published on ${formatDate(newsDate)}`,
  checkedAgainst: (reportDate: IsoDate) =>
    `Figures marked in the text are checked against the official report of ${formatDate(reportDate)}.`,
};
