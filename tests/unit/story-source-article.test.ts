/**
 * The engine on the story the dashboard starts from: it finds the four figures of
 * src/data/article.ts where the story states them, and agrees with src/data/claims.ts on each, for
 * the report of 2020-05-07 (and for 2020-05-08, where two of them fail).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedOfficialDataset, shippedRegions } from '../../scripts/lib/story-data';
import { articleClaims, sourceArticle } from '../../src/data/article';
import { type ClaimStatus, checkClaims } from '../../src/data/claims';
import type { IsoDate } from '../../src/data/iso-date';
import { checkStory } from '../../src/data/story-check/check-story';
import { describeCheck, describeDating } from '../../src/data/story-check/describe';
import type { FigureCheck, Verdict } from '../../src/data/story-check/types';
import { d, shippedDataset } from '../fixtures/reports';

const text = readFileSync(
  join(import.meta.dirname, '../../public', sourceArticle.textPath),
  'utf8',
);
const regions = shippedRegions();
const VERDICT_OF_STATUS: Record<ClaimStatus, Verdict> = {
  verified: 'verified',
  refuted: 'refuted',
  'no-data': 'uncheckable',
};

/** The engine's check of each claim of article.ts: the figure found where its quote marks it. */
function checksOfClaims(checks: readonly FigureCheck[]) {
  return articleClaims.map((claim) => {
    const quoteAt = text.indexOf(claim.quote);
    expect(quoteAt, claim.id).toBeGreaterThanOrEqual(0);
    const start = quoteAt + claim.quote.indexOf(claim.figure);
    const end = start + claim.figure.length;
    const found = checks.filter(({ figure }) => figure.span.start < end && start < figure.span.end);
    expect(found, claim.id).toHaveLength(1);
    return found[0] as FigureCheck;
  });
}

describe('the source story', () => {
  const run = (reportDate?: IsoDate) =>
    checkStory(text, {
      regions,
      datasetFor: shippedOfficialDataset,
      publicationDate: sourceArticle.newsDate,
      ...(reportDate ? { reportDate } : {}),
    });

  it('is dated to the report of 2020-05-07 from its publication date, 2020-05-08', () => {
    const { dating } = run();
    expect(dating).toMatchObject({
      basis: 'publication-date',
      publicationDate: sourceArticle.newsDate,
      reportDate: sourceArticle.reportDate,
    });
    expect(describeDating(dating)).toBe(
      "Published 2020-05-08: checked against the report of the day before, 2020-05-07 (7 of 7 figures fit it; 2 fit that morning's).",
    );
  });

  it('finds the four figures of the story and gives the verdicts claims.ts gives, with the same values', () => {
    const expected = checkClaims(shippedDataset(), articleClaims, sourceArticle.reportDate);
    const found = checksOfClaims(run().figures);
    expect(found.map((check) => [check.figure.text, check.verdict, check.dataValue])).toEqual([
      ['11,231', 'verified', 11_231],
      ['10,000', 'verified', 5],
      ['177,000', 'verified', 177_160],
      ['1,600', 'verified', 1_625],
    ]);
    expect(found.map((check) => check.verdict)).toEqual(
      expected.map((claim) => VERDICT_OF_STATUS[claim.status]),
    );
    expect(found.map((check) => check.dataValue)).toEqual(expected.map((claim) => claim.actual));
    expect(found.map((check) => check.reason.kind)).toEqual([
      'record-holds',
      'run-holds',
      'bound-holds',
      'bound-holds',
    ]);
    expect(found.map((check) => check.focus)).toEqual([
      { place: 'RU', reportDate: '2020-05-07', field: 'newCases' },
      { place: 'RU', reportDate: '2020-05-07', field: 'newCases' },
      { place: 'RU', reportDate: '2020-05-07', field: 'totalCases' },
      { place: 'RU', reportDate: '2020-05-07', field: 'totalDeaths' },
    ]);
    expect(describeCheck(found[1] as FigureCheck)).toBe(
      'New figures were above 10,000 on 5 consecutive days, 2020-05-03 to 2020-05-07.',
    );
  });

  it('agrees with claims.ts when checked against the report of 2020-05-08 instead', () => {
    const expected = checkClaims(shippedDataset(), articleClaims, d('2020-05-08'));
    const found = checksOfClaims(run(d('2020-05-08')).figures);
    expect(found.map((check) => [check.verdict, check.dataValue])).toEqual(
      expected.map((claim) => [VERDICT_OF_STATUS[claim.status], claim.actual]),
    );
    expect(found.map((check) => check.reason.kind)).toEqual([
      'differs',
      'run-differs',
      'bound-holds',
      'bound-holds',
    ]);
  });

  it('finds no other figure than the run, stated four times, and those four', () => {
    const { figures } = run();
    expect(figures.map((check) => check.figure.text)).toEqual([
      '10,000',
      '10,000',
      '10,000',
      '11,231',
      '10,000',
      '177,000',
      '1,600',
    ]);
    expect(figures.every((check) => check.verdict === 'verified')).toBe(true);
  });
});
