/**
 * Which report a story's figures are checked against, and why: the user's choice, the publication
 * date (that morning's report or the day before's), else the report that fits most figures.
 */
import { describe, expect, it } from 'vitest';
import { shippedOfficialDataset, shippedRegions } from '../../scripts/lib/story-data';
import type { IsoDate } from '../../src/data/iso-date';
import { checkStory } from '../../src/data/story-check/check-story';
import { reportDateOfMention } from '../../src/data/story-check/dating';
import { d } from '../fixtures/reports';

const regions = shippedRegions();
const check = (text: string, dates: { publicationDate?: IsoDate; reportDate?: IsoDate } = {}) =>
  checkStory(text, { regions, datasetFor: shippedOfficialDataset, ...dates });

const STORY =
  'Russia has added 11,231 diagnoses in the past day, a record high for a single day, and recorded ' +
  'more than 10,000 new diagnoses for the fifth consecutive day. The cumulative number of diagnoses ' +
  'has exceeded 177,000, and more than 1,600 people have died.';

describe('dating a story by its publication date', () => {
  it('takes the report of the day before when it fits better (the source story, 2020-05-08)', () => {
    const { dating, figures } = check(STORY, { publicationDate: d('2020-05-08') });
    expect(dating).toEqual({
      basis: 'publication-date',
      publicationDate: '2020-05-08',
      reportDate: '2020-05-07',
      fits: 4,
      alternative: { reportDate: '2020-05-08', fits: 2 },
      checkable: 4,
    });
    expect(figures.every((figure) => figure.reportDate === '2020-05-07')).toBe(true);
  });

  it("takes that morning's report when it fits better", () => {
    const { dating } = check('Russia reported 10,699 new cases on Friday.', {
      publicationDate: d('2020-05-08'),
    });
    expect(dating).toMatchObject({ reportDate: '2020-05-08', fits: 1, alternative: { fits: 0 } });
  });

  it("takes that morning's report on a tie, and when nothing fits", () => {
    const tie = check('The cumulative number of cases has exceeded 177,000.', {
      publicationDate: d('2020-05-08'),
    });
    expect(tie.dating).toMatchObject({
      reportDate: '2020-05-08',
      fits: 1,
      alternative: { fits: 1 },
    });
    const wrong = check('Russia reported 99,999 new cases.', { publicationDate: d('2020-05-08') });
    expect(wrong.dating).toMatchObject({ reportDate: '2020-05-08', fits: 0 });
    expect(wrong.figures[0]).toMatchObject({ verdict: 'refuted', dataValue: 10_699 });
  });
});

describe('dating a story without a publication date', () => {
  it('takes the report that fits most figures', () => {
    const { dating, figures } = check(STORY);
    expect(dating).toMatchObject({
      basis: 'best-fit',
      reportDate: '2020-05-07',
      fits: 4,
      checkable: 4,
      tiedWith: 0,
      dateInText: null,
    });
    expect(figures.map((figure) => figure.verdict)).toEqual([
      'verified',
      'verified',
      'verified',
      'verified',
    ]);
  });

  it('prefers, among reports that fit equally, one next to a date the text writes', () => {
    const { dating } = check('MOSCOW, May 12 (Reuters) - Russia had more than 10,000 new cases.');
    expect(dating).toMatchObject({
      basis: 'best-fit',
      reportDate: '2020-05-12',
      dateInText: { month: 5, day: 12, year: null },
    });
    expect(dating.basis === 'best-fit' && dating.tiedWith).toBeGreaterThan(0);
  });

  it('says so when no report fits, or nothing can place one', () => {
    expect(check('Russia reported 99,999,999 new cases.').dating).toEqual({
      basis: 'none',
      why: 'no-report-fits',
    });
    expect(check('Cases are falling, officials said.').dating).toEqual({
      basis: 'none',
      why: 'no-checkable-figures',
    });
    const { figures } = check('Russia reported 99,999,999 new cases and 5% more tests.');
    expect(figures.map((figure) => figure.reason.kind)).toEqual(['no-report-date', 'percentage']);
    expect(figures[0]?.focus).toBeNull();
  });
});

describe("the user's choice and a figure's own date", () => {
  it('checks against the report the user chose, whatever fits', () => {
    const { dating, figures } = check(STORY, {
      publicationDate: d('2020-05-08'),
      reportDate: d('2020-05-08'),
    });
    expect(dating).toEqual({ basis: 'override', reportDate: '2020-05-08' });
    expect(figures.map((figure) => [figure.verdict, figure.dataValue])).toEqual([
      ['refuted', 10_699],
      ['refuted', 6],
      ['verified', 187_859],
      ['verified', 1_723],
    ]);
  });

  it("dates a figure by a date in its own clause, in the story's year", () => {
    const { figures } = check(
      'Russia reported 10,699 new cases. It had reported 10,559 new cases on May 6.',
      { publicationDate: d('2020-05-08') },
    );
    expect(figures.map((figure) => [figure.reportDate, figure.verdict])).toEqual([
      ['2020-05-08', 'verified'],
      ['2020-05-06', 'verified'],
    ]);
  });

  it('reads a date without a year as the last such day up to the story', () => {
    const mention = { span: { start: 0, end: 1 }, month: 12, day: 31, year: null };
    expect(reportDateOfMention(mention, d('2021-01-05'))).toBe('2020-12-31');
    expect(reportDateOfMention({ ...mention, month: 1, day: 2 }, d('2021-01-05'))).toBe(
      '2021-01-02',
    );
    expect(reportDateOfMention({ ...mention, year: 2020 }, null)).toBe('2020-12-31');
    expect(reportDateOfMention(mention, null)).toBeNull();
    expect(reportDateOfMention({ ...mention, month: 2, day: 29 }, d('2021-03-01'))).toBe(
      '2020-02-29',
    );
    expect(reportDateOfMention({ ...mention, month: 2, day: 30, year: 2021 }, null)).toBeNull();
  });
});
