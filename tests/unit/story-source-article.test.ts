/**
 * The engine on the story the dashboard starts from (the story panel shows this check): it finds
 * the four figures the story states where it states them, each verified against the report of
 * 2020-05-07 with the values of the data (and, against 2020-05-08, the record and the run
 * refuted), and no other figure than the run stated again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedOfficialDataset, shippedRegions } from '../../scripts/lib/story-data';
import { sourceArticle } from '../../src/data/article';
import type { IsoDate } from '../../src/data/iso-date';
import { checkStory } from '../../src/data/story-check/check-story';
import { describeCheck, describeDating } from '../../src/data/story-check/describe';
import type { FigureCheck } from '../../src/data/story-check/types';
import { d } from '../fixtures/reports';

const text = readFileSync(
  join(import.meta.dirname, '../../public', sourceArticle.textPath),
  'utf8',
);
const regions = shippedRegions();

/** The story's four claims, by the words that state them and the figure within those words. */
const CLAIMS = [
  {
    quote: 'Russia has added 11,231 diagnoses in the past day, a record high for a single day',
    figure: '11,231',
  },
  {
    quote: 'recorded more than 10,000 new diagnoses for the fifth consecutive day',
    figure: '10,000',
  },
  { quote: 'the cumulative number of diagnoses has exceeded 177,000', figure: '177,000' },
  { quote: 'more than 1,600 people have died', figure: '1,600' },
];

/** The engine's check of each claim: the one figure it found exactly where the claim states it. */
function checksOfClaims(checks: readonly FigureCheck[]) {
  return CLAIMS.map((claim) => {
    const quoteAt = text.indexOf(claim.quote);
    expect(quoteAt, claim.quote).toBeGreaterThanOrEqual(0);
    const start = quoteAt + claim.quote.indexOf(claim.figure);
    const found = checks.filter(
      ({ figure }) => figure.span.start < start + claim.figure.length && start < figure.span.end,
    );
    expect(found, claim.quote).toHaveLength(1);
    expect(found[0]?.figure.span).toEqual({ start, end: start + claim.figure.length });
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

  it('finds the four figures of the story and verifies each, with the values of the data', () => {
    const found = checksOfClaims(run().figures);
    expect(found.map((check) => [check.figure.text, check.verdict, check.dataValue])).toEqual([
      ['11,231', 'verified', 11_231],
      ['10,000', 'verified', 5],
      ['177,000', 'verified', 177_160],
      ['1,600', 'verified', 1_625],
    ]);
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
    expect(describeCheck(found[0] as FigureCheck)).toBe(
      'The report of 2020-05-07 has 11,231 new cases, more than on any earlier day (the highest before: 10,633 on 2020-05-03).',
    );
    expect(describeCheck(found[1] as FigureCheck)).toBe(
      'New figures were above 10,000 on 5 consecutive days, 2020-05-03 to 2020-05-07.',
    );
  });

  it('refutes the record and the run when checked against the report of 2020-05-08 instead', () => {
    const found = checksOfClaims(run(d('2020-05-08')).figures);
    expect(found.map((check) => [check.reason.kind, check.verdict, check.dataValue])).toEqual([
      ['differs', 'refuted', 10_699],
      ['run-differs', 'refuted', 6],
      ['bound-holds', 'verified', 187_859],
      ['bound-holds', 'verified', 1_723],
    ]);
  });

  it('checks nothing against a report without those figures rather than guessing', () => {
    const { figures } = run(d('2023-01-01'));
    expect(figures.map((check) => [check.verdict, check.dataValue])).toEqual(
      figures.map(() => ['uncheckable', null]),
    );
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
