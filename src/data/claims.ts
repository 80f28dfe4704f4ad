/**
 * Checks each figure the story states against the dataset.
 */
import type { ArticleClaim } from './article';
import { type Dataset, dayAt } from './dataset';
import { formatCount } from './format';
import type { IsoDate } from './iso-date';
import { runEndingOn } from './range';

export type ClaimStatus = 'verified' | 'refuted' | 'no-data';

export interface ClaimCheck {
  readonly claim: ArticleClaim;
  readonly status: ClaimStatus;
  /** The value the data holds for what the claim states (a count, or a number of days). */
  readonly actual: number | null;
  /** The report date or dates the claim refers to. */
  readonly dates: readonly IsoDate[];
  /** One sentence on what the data shows. */
  readonly explanation: string;
}

/** Checks one claim against the report of `reportDate`. */
export function checkClaim(dataset: Dataset, claim: ArticleClaim, reportDate: IsoDate): ClaimCheck {
  const day = dayAt(dataset, reportDate);
  const noData = (what: string): ClaimCheck => ({
    claim,
    status: 'no-data',
    actual: null,
    dates: [reportDate],
    explanation: `The data has no ${what} for the report of ${reportDate}.`,
  });
  const { test } = claim;
  switch (test.kind) {
    case 'daily-record': {
      if (!day || day.newCases === null) return noData('new cases');
      const matches = day.newCases === test.value;
      const verified = matches && day.isRecordHigh;
      const explanation = verified
        ? `${formatCount(day.newCases)} new cases in the report of ${reportDate}, more than on any earlier day.`
        : matches
          ? `${formatCount(day.newCases)} new cases in the report of ${reportDate}, but that was not a record.`
          : `The report of ${reportDate} has ${formatCount(day.newCases)} new cases, not ${formatCount(test.value)}${day.isRecordHigh ? '' : ', and it was not a record'}.`;
      return {
        claim,
        status: verified ? 'verified' : 'refuted',
        actual: day.newCases,
        dates: [reportDate],
        explanation,
      };
    }
    case 'consecutive-days-above': {
      if (!day || day.newCases === null) return noData('new cases');
      const run = runEndingOn(dataset, reportDate, test.threshold);
      const verified = run.length === test.days;
      const first = run[0];
      const explanation =
        run.length === 0 || !first
          ? `New cases were not above ${formatCount(test.threshold)} in the report of ${reportDate}.`
          : `New cases were above ${formatCount(test.threshold)} on ${run.length} consecutive ${run.length === 1 ? 'day' : 'days'}, ${first} to ${reportDate}${verified ? '' : `, not ${test.days}`}.`;
      return {
        claim,
        status: verified ? 'verified' : 'refuted',
        actual: run.length,
        dates: run.length > 0 ? run : [reportDate],
        explanation,
      };
    }
    case 'total-above': {
      const what = test.field === 'totalCases' ? 'total cases' : 'total deaths';
      const value = day?.[test.field] ?? null;
      if (value === null) return noData(what);
      const verified = value > test.threshold;
      return {
        claim,
        status: verified ? 'verified' : 'refuted',
        actual: value,
        dates: [reportDate],
        explanation: `The report of ${reportDate} has ${formatCount(value)} ${what}, ${verified ? 'more' : 'not more'} than ${formatCount(test.threshold)}.`,
      };
    }
  }
}

export function checkClaims(
  dataset: Dataset,
  claims: readonly ArticleClaim[],
  reportDate: IsoDate,
): readonly ClaimCheck[] {
  return claims.map((claim) => checkClaim(dataset, claim, reportDate));
}
