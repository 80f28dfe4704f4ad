/** The words of the table of all regions, in English (the reference catalogue). */
import { formatCount, formatDateRange } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { RankingColumn } from '../../data/ranking';

const COLUMNS: Record<RankingColumn, string> = {
  name: 'Region',
  cases: 'Cases',
  casesPer100k: 'Cases per 100,000',
  deaths: 'Deaths',
  deathsPer100k: 'Deaths per 100,000',
  trend: '7-day trend at the end',
};

/** What the table's caption says. */
export interface RankingCaptionFacts {
  /** The dates the table covers. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The dates shown go beyond the regional figures: the table covers only part of them. */
  readonly clipped: boolean;
  readonly column: RankingColumn;
  readonly descending: boolean;
  /** Days without a report, summed over the regions. */
  readonly missingRegionDays: number;
}

export const ranking = {
  columns: COLUMNS,
  /** A region's 7-day trend that cannot be worked out. */
  notKnown: 'not known',
  caption: (facts: RankingCaptionFacts): string =>
    `The 85 regions, ${formatDateRange(facts.from, facts.to)}: official reports; population on 1 January 2020 (Rosstat).${
      facts.clipped
        ? ' The dates shown go beyond the regional figures, which cover these dates only.'
        : ''
    } Sorted by ${COLUMNS[facts.column].toLowerCase()}, ${facts.descending ? 'highest first' : 'lowest first'}.${
      facts.missingRegionDays > 0
        ? ` The sums leave out the days without a report (${formatCount(facts.missingRegionDays)} region-days).`
        : ''
    }`,
  /** The regional figures' dates (`from` to `to`) and the dates shown do not meet. */
  noneInRange: (from: IsoDate, to: IsoDate) =>
    `The regional figures (official reports) run from ${formatDateRange(from, to)}; none of them falls within the dates shown.`,
  /**
   * How the national series relates to the sum of the regions: equal on `equal` of `compared`
   * report dates, and on the others at most `largest` cases apart.
   */
  nationalVsRegions: (equal: number, compared: number, largest: number): string => {
    const differing = compared - equal;
    return `The national figures equal the sum of these 85 regions' new cases on ${formatCount(equal)} of the ${formatCount(compared)} report dates on which both are known${
      differing > 0
        ? `; on the other ${formatCount(differing)} they differ by at most ${formatCount(largest)} ${largest === 1 ? 'case' : 'cases'} (the early press releases attributed a case to no region).`
        : '.'
    }`;
  },
};
