/** The words of "Check a story", in English (the reference catalogue). */
import { formatCount, formatDate } from '../../data/format';
import { createDescriber } from '../../data/story-check/describe';
import type { Verdict } from '../../data/story-check/types';

/** The engine's own English lines, with the page's numbers, dates and region names. */
const describer = (placeName: (code: string) => string) =>
  createDescriber({ count: formatCount, date: formatDate, place: placeName });

export const storyCheck = {
  intro:
    'Paste a news text about Russia’s COVID-19 figures, in English or Russian. Each figure it states is checked against the official reports: for which report, which place, and whether the data supports it.',
  textLabel: 'News text',
  publicationLabel: 'Published on (optional)',
  check: 'Check',
  clear: 'Clear',
  checking: 'Checking…',
  loadingData: 'Loading the figures of the places the text names…',
  empty: 'Paste a text first.',
  noFigures:
    'No figure to check was found: the text states no counts of cases, deaths or recoveries (dates, years and percentages are not counts).',
  truncated: (read: number, total: number): string =>
    `The text is ${formatCount(total)} characters long; only the first ${formatCount(read)} were read.`,
  summary: (verified: number, refuted: number, uncheckable: number): string =>
    `${formatCount(verified)} verified, ${formatCount(refuted)} refuted, ${formatCount(uncheckable)} not checkable.`,
  verdicts: {
    verified: 'Verified',
    refuted: 'Refuted',
    uncheckable: 'Not checkable',
  } satisfies Record<Verdict, string>,
  textHeading: 'The text, with each figure marked',
  figuresHeading: 'Each figure',
  showInDashboard: (date: string, place: string): string => `Show ${place}, ${date}`,
  reportLabel: 'Report checked against',
  reportHelp: 'Change it to check every figure against another report.',
  chooseForMe: 'Let the check choose',
  describer,
  share: 'Copy a link to this check',
  shareCopied:
    'Link copied: it holds the text itself, after the # of the address, which browsers never send to a server.',
  tooLongToShare: (length: number, limit: number): string =>
    `This text is too long to travel in a link (${formatCount(length)} characters once compressed; the limit is ${formatCount(limit)}). Download the result instead.`,
  download: 'Download the result',
  badLink:
    'The story in this link could not be read (it may have been cut or changed). The box is empty; paste the text again.',
  dataFailed: (reason: string): string =>
    `The figures needed for the check could not be loaded (${reason}).`,
  engineFailed:
    "The checker's code could not be downloaded, so the text was not checked. Try again when you are online.",
  engineError:
    'The checker stopped on this text, so it was not checked. Try again, or check a shorter part of it.',
  resultFile: {
    title: 'Check of a news text against the official COVID-19 reports for Russia',
    report: 'Report used',
    figure: 'Figure',
  },
};
