/**
 * What a link asked for that could not be used, and what the page shows instead, in English
 * (the reference catalogue). Chosen by src/view-state when it reads a link, and worded by the
 * notice that lists them, which downloads these words with its code.
 */
import type { IsoDate } from '../../data/iso-date';

export const notices = {
  heading: 'Part of this link could not be used, so the page shows something close to it:',
  /** The line of one problem: `param = “given” problem; showing instead.` */
  valueOpen: '= “',
  valueClose: (problem: string, usedInstead: string) => `” ${problem}; showing ${usedInstead}.`,
  more: (count: number) =>
    `… and ${count} more ${count === 1 ? 'problem' : 'problems'} in the same link (not listed).`,

  // Problems
  isEmpty: 'is empty',
  notADate: 'is not a date in the form YYYY-MM-DD',
  notOneOf: (choices: readonly string[]) => `is not ${choices.map((c) => `"${c}"`).join(' or ')}`,
  noSuchPlaces: (count: number) =>
    `names ${count === 1 ? 'no place' : 'no places'} of the official reports`,
  tooManyPlaces: (count: number, most: number) =>
    `has ${count} places; a chart can compare ${most}`,
  notARegion: 'is not the code of a region in the official reports (such as RU-MOW)',
  noSuchChart: (ids: readonly string[]) => `names no chart of this dashboard (${ids.join(', ')})`,
  givenTwice: 'is given more than once',
  notATimeRange: 'is not a range in the form FROM..TO',
  timeWrongWay: 'runs the wrong way (earliest..latest is the whole range)',
  unknownParam: 'is not a setting of this dashboard',
  per100kOfficialOnly: 'is shown for the official reports only',
  jhuNationalOnly: 'has no regional figures (JHU counts Russia as a whole)',
  outsideData: (first: IsoDate, last: IsoDate) => `is outside the data (${first} to ${last})`,
  afterEnd: 'comes after the end of the range',
  outsideShown: (from: IsoDate, to: IsoDate) => `is outside the dates shown (${from} to ${to})`,

  // What is shown instead
  startOfData: 'the start of the data',
  startOfDataOn: (date: IsoDate) => `the start of the data (${date})`,
  latestReport: 'the latest report',
  latestReportOn: (date: IsoDate) => `the latest report (${date})`,
  noFocus: 'no focused date',
  noLogScale: 'no chart on a log scale',
  wholePage: 'the whole dashboard',
  noTable: 'no open table',
  officialReports: 'the official reports',
  counts: 'counts',
  cases: 'cases',
  russiaAsAWhole: 'Russia as a whole',
  noComparison: 'no comparison',
  firstOf: (most: number, places: string) => `the first ${most}: ${places}`,
  firstValue: 'the first value',
  wholeRange: 'the whole range of the data',
  linearScale: 'the linear scale',
  ignored: 'nothing (ignored)',
};
