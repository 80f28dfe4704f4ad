import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleClaims, sourceArticle } from '../../src/data/article';
import { articleParagraphs, segmentParagraph } from '../../src/data/article-text';
import { checkClaims } from '../../src/data/claims';
import { d, shippedDataset } from '../fixtures/reports';

const articleText = readFileSync(
  new URL('../../public/article/source-article.txt', import.meta.url),
  'utf8',
);

describe("the story's claims", () => {
  it('all four verify against the report of 2020-05-07, with the actual values', () => {
    const checks = checkClaims(shippedDataset(), articleClaims, sourceArticle.reportDate);
    expect(checks.map((c) => [c.claim.id, c.status, c.actual])).toEqual([
      ['daily-record', 'verified', 11_231],
      ['fifth-day-above-10k', 'verified', 5],
      ['total-cases', 'verified', 177_160],
      ['total-deaths', 'verified', 1_625],
    ]);
    expect(checks[1]?.dates).toEqual([
      '2020-05-03',
      '2020-05-04',
      '2020-05-05',
      '2020-05-06',
      '2020-05-07',
    ]);
    expect(checks[0]?.explanation).toBe(
      '11,231 new cases in the report of 2020-05-07, more than on any earlier day.',
    );
  });

  it('read as the report of 2020-05-08 (the news date), the record and the fifth day are refuted', () => {
    const checks = checkClaims(shippedDataset(), articleClaims, d('2020-05-08'));
    expect(checks.map((c) => [c.claim.id, c.status, c.actual])).toEqual([
      ['daily-record', 'refuted', 10_699],
      ['fifth-day-above-10k', 'refuted', 6],
      ['total-cases', 'verified', 187_859],
      ['total-deaths', 'verified', 1_723],
    ]);
    expect(checks[0]?.explanation).toMatch(/10,699 new cases, not 11,231, and it was not a record/);
  });

  it('says "no data" for a date outside the data rather than guessing', () => {
    const checks = checkClaims(shippedDataset(), articleClaims, d('2023-01-01'));
    expect(checks.every((c) => c.status === 'no-data' && c.actual === null)).toBe(true);
  });

  it('states the news date and the report date apart', () => {
    expect(sourceArticle.newsDate).toBe('2020-05-08');
    expect(sourceArticle.reportDate).toBe('2020-05-07');
  });
});

describe('the story text', () => {
  const paragraphs = articleParagraphs(articleText, sourceArticle);

  it("keeps the story's paragraphs and leaves out headline, dateline, caption and comment form", () => {
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^Russia’s new coronavirus epidemic continues/);
    expect(paragraphs.join(' ')).not.toMatch(/Leave a reply|Kremlin Pool Photo/);
    expect(articleText).toContain(sourceArticle.headline);
    expect(articleText).toContain(sourceArticle.photoCredit);
  });

  it('locates every claim, once, at its quote', () => {
    const marked = paragraphs
      .flatMap((p) => segmentParagraph(p, articleClaims))
      .filter((s) => s.kind === 'claim');
    expect(marked.map((s) => [s.claim.id, s.text])).toEqual([
      ['daily-record', '11,231'],
      ['fifth-day-above-10k', 'more than 10,000 new diagnoses for the fifth consecutive day'],
      ['total-cases', '177,000'],
      ['total-deaths', '1,600'],
    ]);
  });

  it('segments a paragraph without losing or reordering a character', () => {
    for (const paragraph of paragraphs) {
      expect(
        segmentParagraph(paragraph, articleClaims)
          .map((s) => s.text)
          .join(''),
      ).toBe(paragraph);
    }
  });
});
