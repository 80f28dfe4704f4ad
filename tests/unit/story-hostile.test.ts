/**
 * Hostile and odd input: a megabyte of text, markup, no figures, only dates, mixed languages, and
 * arbitrary strings. The engine answers quickly, says what it left out, and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedOfficialDataset, shippedRegions } from '../../scripts/lib/story-data';
import type { IsoDate } from '../../src/data/iso-date';
import { checkStory, placesMentioned } from '../../src/data/story-check/check-story';
import { MAX_FIGURES, MAX_TEXT_LENGTH } from '../../src/data/story-check/limits';
import { VERDICT_OF } from '../../src/data/story-check/types';
import { d } from '../fixtures/reports';

const regions = shippedRegions();
const check = (text: string, publicationDate?: IsoDate) =>
  checkStory(text, {
    regions,
    datasetFor: shippedOfficialDataset,
    ...(publicationDate ? { publicationDate } : {}),
  });

/** The result is well formed: spans inside what was read, verdicts as their reasons say. */
function expectWellFormed(text: string, result: ReturnType<typeof check>) {
  expect(result.truncated).toBe(text.length > MAX_TEXT_LENGTH);
  if (result.truncated) {
    expect(result.readLength).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(result.readLength).toBeGreaterThanOrEqual(MAX_TEXT_LENGTH - 200);
  } else {
    expect(result.readLength).toBe(text.length);
  }
  // One assertion for all figures: a page of digits has tens of thousands.
  const malformed = result.figures.filter(({ figure, verdict, reason }) => {
    const { start, end } = figure.span;
    return (
      start < 0 ||
      end > result.readLength ||
      start >= end ||
      text.slice(start, end) !== figure.text ||
      verdict !== VERDICT_OF[reason.kind]
    );
  });
  expect(malformed).toEqual([]);
}

describe('a megabyte of text', () => {
  const paragraph =
    'Russia reported 11,231 new cases on Thursday, a record, the fifth day in a row above 10,000. ';

  it('reads the first 100,000 characters, says so, and answers within seconds', () => {
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    const started = performance.now();
    const result = check(text, d('2020-05-07'));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result).toMatchObject({
      textLength: text.length,
      truncated: true,
    });
    expectWellFormed(text, result);
    expect(result.figures.length).toBeGreaterThan(MAX_FIGURES);
    expect(result.figures[0]).toMatchObject({ verdict: 'verified', reportDate: '2020-05-07' });
    // Past the limit of figures, each says it was not checked rather than slowing the page.
    expect(result.figures[MAX_FIGURES]?.reason).toEqual({
      kind: 'too-many-figures',
      limit: MAX_FIGURES,
    });
  }, 30_000);

  it('cuts the text between words, so that no number is read in half', () => {
    const filler = 'x'.repeat(MAX_TEXT_LENGTH - 3);
    const result = check(`${filler} 11,231 new cases`, d('2020-05-07'));
    expect(result.readLength).toBe(MAX_TEXT_LENGTH - 3);
    expect(result.figures).toEqual([]);
    const withoutSpaces = check('1'.repeat(MAX_TEXT_LENGTH + 10));
    expect(withoutSpaces.readLength).toBe(MAX_TEXT_LENGTH);
  });

  it('stays quick on pathological text: digits, separators, dots, names, tags', () => {
    for (const unit of ['1 ', '11 231 ', '1,', '.', 'в Москве ', '<p>', 'рекорд ', '7 мая ', '9']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const started = performance.now();
      const result = check(text);
      expect(performance.now() - started, unit).toBeLessThan(5_000);
      expectWellFormed(text, result);
    }
  }, 60_000);
});

describe('odd input', () => {
  it('reads markup as text: the spans point into it as given', () => {
    const text =
      '<p>Russia reported <b>11,231</b> new cases</p><script>alert("10,699 new cases")</script>';
    const result = check(text, d('2020-05-07'));
    expectWellFormed(text, result);
    expect(result.figures.map((f) => [f.figure.text, f.verdict])).toEqual([
      ['11,231', 'verified'],
      ['10,699', 'refuted'],
    ]);
  });

  it('keeps offsets true when a character changes length in lower case (İ)', () => {
    const text = 'İSTANBUL İİ Russia reported 11,231 new cases.';
    const result = check(text, d('2020-05-07'));
    expectWellFormed(text, result);
    expect(result.figures.map((f) => [f.figure.text, f.verdict])).toEqual([['11,231', 'verified']]);
  });

  it('finds nothing to check in a text with no figures, or only dates and years', () => {
    for (const text of [
      '',
      '   \n\n  ',
      'Officials said the situation was stabilising.',
      'May 7, 2020; 7 мая 2020 года; 2020-05-07; 07.05.2020; in 2021 and 2022.',
      'The COVID-19 pandemic, 75th anniversary, the past 24 hours, at 10:30.',
    ]) {
      const result = check(text);
      expect(result.figures, text).toEqual([]);
      expect(result.dating).toEqual({ basis: 'none', why: 'no-checkable-figures' });
      expect(result.places).toEqual(['RU']);
    }
  });

  it('reads a text that mixes the two languages', () => {
    const text =
      'Russia reported 9,035 new cases on Monday — в России за сутки выявили 9 035 заболевших, в Москве — 2 297.';
    const result = check(text, d('2020-06-01'));
    expect(result.figures.map((f) => [f.figure.text, f.place, f.verdict])).toEqual([
      ['9,035', 'RU', 'verified'],
      ['9 035', 'RU', 'verified'],
      ['2 297', 'RU-MOW', 'verified'],
    ]);
  });

  it('says a region is not loaded rather than checking it against Russia', () => {
    const result = checkStory('В Москве выявлено 6 703 новых случая.', {
      regions,
      datasetFor: (place) => (place === 'RU' ? shippedOfficialDataset(place) : undefined),
      publicationDate: d('2020-05-07'),
    });
    expect(result.places).toEqual(['RU', 'RU-MOW']);
    expect(result.figures[0]?.reason).toEqual({ kind: 'place-not-loaded', place: 'RU-MOW' });
  });
});

describe('property: any text gets a well-formed answer', () => {
  const fragments = fc.constantFrom(
    '11,231',
    '11 231',
    '1,5 млн',
    '11.2 thousand',
    'more than',
    'свыше',
    'почти',
    'new cases',
    'случаев',
    'deaths',
    'умерли',
    'tests',
    'в Москве',
    'Moscow region',
    'a record',
    'рекорд',
    'fifth day in a row',
    'пятый день подряд',
    'a day earlier',
    'накануне —',
    'May 7',
    '7 мая',
    '2020',
    '5%',
    'per 100,000',
    ', ',
    '. ',
    '\n',
    '<p>',
    '\u00a0',
    '\u202e',
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(fc.oneof(fragments, fc.string({ maxLength: 5 })), { maxLength: 40 })
      .map((parts) => parts.join(' ')),
  );

  it('never throws; spans and verdicts are consistent; places start with Russia', () => {
    fc.assert(
      fc.property(
        texts,
        fc.option(fc.constantFrom('2020-05-07', '2022-02-12', '2023-01-10')),
        (text, date) => {
          const result = check(text, date === null ? undefined : d(date));
          expectWellFormed(text, result);
          expect(result.places[0]).toBe('RU');
          expect(placesMentioned(text, regions)).toEqual(result.places);
        },
      ),
      { numRuns: 300 },
    );
  });
});
