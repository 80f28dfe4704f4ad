/**
 * Reading a story: which numbers are figures, and what each states (how it compares, what it
 * counts, where, and the run, record or earlier report that qualifies it).
 */
import { describe, expect, it } from 'vitest';
import { shippedRegions } from '../../scripts/lib/story-data';
import { indexPlaceNames } from '../../src/data/story-check/place-mentions';
import { placeNames } from '../../src/data/story-check/place-names';
import { readStory } from '../../src/data/story-check/read-story';
import type { StoryFigure } from '../../src/data/story-check/types';

const index = indexPlaceNames(placeNames(shippedRegions()));
const figures = (text: string) => readStory(text, index).figures;
const one = (text: string): StoryFigure => {
  const found = figures(text);
  expect(found, text).toHaveLength(1);
  return found[0] as StoryFigure;
};
/** "cases/daily", "deaths/total", "cases/?" (period not stated), "tests", "unknown". */
const what = (figure: StoryFigure) =>
  figure.subject.kind === 'count'
    ? `${figure.subject.metric}/${figure.subject.period ?? '?'}`
    : figure.subject.kind === 'out-of-scope'
      ? figure.subject.what
      : 'unknown';
const where = (figure: StoryFigure) =>
  figure.place.kind === 'place' ? figure.place.code : `foreign:${figure.place.name}`;

describe('numbers that are not figures', () => {
  it('leaves out dates, years, times, lengths of time, ordinals and names', () => {
    for (const text of [
      'The COVID-19 pandemic and SARS-CoV-2',
      'the 75th anniversary of the victory',
      'May 8, 2020 No Comments News',
      'Thursday, May 7, 2020.',
      '7 мая 2020 года',
      'report of 2020-05-07 and of 07.05.2020',
      'in 2020 and 2021',
      'in the past 24 hours',
      'за последние 24 часа',
      'at 10:30 Moscow time',
      '5-й день, 5th day',
      'people aged 65 years and older',
      'в течение 14 дней',
    ]) {
      expect(figures(text), text).toEqual([]);
    }
  });

  it('reads a percentage and a rate per head as figures of their own form, the base not at all', () => {
    expect(one('roughly 29% of the population').form).toBe('percentage');
    expect(one('около 29 процентов населения').form).toBe('percentage');
    expect(one('12.5 per 100,000 residents')).toMatchObject({ form: 'per-capita', value: 12.5 });
    expect(one('150 случаев на 100 тыс. жителей')).toMatchObject({
      form: 'per-capita',
      value: 150,
    });
  });

  it('keeps a four-digit count written with a separator, which no year is', () => {
    expect(one('Russia reported 2,020 new cases').value).toBe(2_020);
  });
});

describe('how a figure compares with its value', () => {
  it('reads the comparison words before it, in both languages', () => {
    const cases: [string, StoryFigure['comparison']][] = [
      ['Russia reported 11,231 new cases', 'exact'],
      ['more than 177,000 cases', 'more-than'],
      ['the tally exceeded 177,000', 'more-than'],
      ['crossed the 10,000 mark', 'more-than'],
      ['свыше 10 тысяч случаев', 'more-than'],
      ['более чем 10 тысяч случаев', 'more-than'],
      ['число случаев превысило 177 тыс.', 'more-than'],
      ['превысило отметку в 10 тысяч случаев', 'more-than'],
      ['at least 1,000 deaths', 'at-least'],
      ['не менее 1 000 смертей', 'at-least'],
      ['fewer than 10,000 new cases', 'less-than'],
      ['менее 10 тысяч случаев', 'less-than'],
      ['nearly 1,700 people have died', 'nearly'],
      ['almost 1,700 deaths', 'nearly'],
      ['почти 1,7 тыс. смертей', 'nearly'],
      ['без малого 1 700 смертей', 'nearly'],
      ['about 1,600 deaths', 'about'],
      ['some 284,500 have recovered', 'about'],
      ['около 284,5 тыс. выздоровевших', 'about'],
      ['примерно 1 600 смертей', 'about'],
      // "rose to" states the value itself.
      ['the toll rose to 1,625', 'exact'],
      ['выросло до 40 251', 'exact'],
    ];
    for (const [text, comparison] of cases) expect(one(text).comparison, text).toBe(comparison);
  });
});

describe('what a figure counts, and over what period', () => {
  it('reads the metric and the period from its own words', () => {
    const cases: [string, string][] = [
      ['Russia reported 11,231 new cases', 'cases/daily'],
      ['Russia has added 11,231 diagnoses in the past day', 'cases/daily'],
      ['the cumulative number of diagnoses has exceeded 177,000', 'cases/total'],
      ['more than 1,600 people have died', 'deaths/?'],
      ['88 deaths in the past 24 hours', 'deaths/daily'],
      ['the death toll rose to 1,625', 'deaths/total'],
      ["Russia's daily death toll topped 1,000", 'deaths/daily'],
      ['2,476 people recovered', 'recovered/?'],
      ['за сутки выявлено 11 231 новых случаев', 'cases/daily'],
      ['всего в стране выявлено 177 160 случаев', 'cases/total'],
      ['скончались 88 человек', 'deaths/?'],
      ['общее число умерших достигло 1 625', 'deaths/total'],
      ['выздоровели 2 476 человек', 'recovered/?'],
      ['заразились 11 231 человек', 'cases/?'],
      ['11 231 случай смерти', 'deaths/?'],
      ['the caseload passed 1.5 million', 'cases/total'],
      // "new cases" decides, whatever else the clause says.
      ['Число новых случаев выросло до 40 251 — это рекорд с начала эпидемии', 'cases/daily'],
      ['Число новых случаев впервые с начала пандемии превысило 40 тысяч', 'cases/daily'],
    ];
    for (const [text, expected] of cases) expect(what(one(text)), text).toBe(expected);
  });

  it('reads "rose by X to Y" as the day and the running total', () => {
    expect(figures('Deaths rose by 88 to 1,625.').map(what)).toEqual([
      'deaths/daily',
      'deaths/total',
    ]);
    expect(figures('Число умерших выросло на 88 до 1 625.').map(what)).toEqual([
      'deaths/daily',
      'deaths/total',
    ]);
  });

  it('says when a figure counts what the data does not hold', () => {
    expect(what(one('More than 300,000 tests were carried out'))).toBe('tests');
    expect(what(one('проведено более 4,6 млн тестов'))).toBe('tests');
    expect(what(one('42 million people have received a vaccine dose'))).toBe('vaccinations');
    expect(what(one('привились более 42 млн человек'))).toBe('vaccinations');
    expect(what(one('1,000 were in hospital'))).toBe('hospitalisations');
    expect(what(one('госпитализированы 500 человек'))).toBe('hospitalisations');
    // "tested positive" is a case, not a test.
    expect(what(one('22,070 people tested positive'))).toBe('cases/?');
  });

  it('lets an ellipsis borrow what the figure before it counts', () => {
    const found = figures('В Москве выявлено 2 548 новых случаев, в Подмосковье — 1 012.');
    expect(found.map(what)).toEqual(['cases/daily', 'cases/daily']);
    expect(found.map(where)).toEqual(['RU-MOW', 'RU-MOS']);
  });

  it('does not let a count of other things borrow it, nor a figure of another sentence', () => {
    const found = figures('Выявлено 8 246 новых случаев в 85 регионах. Прошло 3 заседания.');
    expect(found.map(what)).toEqual(['cases/daily', 'unknown', 'unknown']);
  });
});

describe('where a figure is', () => {
  it('takes the place of its clause, else of its sentence, else Russia', () => {
    const found = figures(
      'Russia recorded 20,000 new cases, including 5,000 in Moscow. In St Petersburg, 1,000 were recorded, and 70 people died. Nationwide, 88 people died.',
    );
    expect(found.map(where)).toEqual(['RU', 'RU-MOW', 'RU-SPE', 'RU-SPE', 'RU']);
    expect(found.map((f) => (f.place.kind === 'place' ? f.place.basis : null))).toEqual([
      'clause',
      'clause',
      'sentence',
      'sentence',
      'sentence',
    ]);
  });

  it('carries the one place of the sentence before, not one of several', () => {
    const single = figures('В Москве за сутки выявили 5 846 случаев. Скончались 51 человек.');
    expect(single.map(where)).toEqual(['RU-MOW', 'RU-MOW']);
    expect((single[1] as StoryFigure).place).toMatchObject({ basis: 'paragraph' });
    const several = figures(
      'Moscow reported 3,371 cases and St Petersburg 2,714. Deaths reached 261,589.',
    );
    expect(several.map(where)).toEqual(['RU-MOW', 'RU-SPE', 'RU']);
  });

  it('does not take the owner in a possessive for the place of a figure outside its clause', () => {
    expect(where(one("St Petersburg, Russia's second city, reported 3,756 new cases."))).toBe(
      'RU-SPE',
    );
    expect(where(one("Moscow's tally rose to 98,522."))).toBe('RU-MOW');
  });

  it('marks a figure about another country as such', () => {
    expect(where(one('The United States reported more than 100,000 new cases'))).toBe(
      'foreign:United States',
    );
    expect(where(one('В США за сутки выявили 100 тыс. случаев'))).toBe('foreign:США');
  });
});

describe('runs, records and earlier reports', () => {
  it('links a run to the threshold it is about', () => {
    const [threshold] = figures('more than 10,000 new diagnoses for the fifth consecutive day');
    expect(threshold?.run?.days).toBe(5);
    const [record, bound] = figures(
      'Russia reported 11,656 new cases, the ninth day in a row above 10,000.',
    );
    expect(record?.run).toBeNull();
    expect(bound?.run?.days).toBe(9);
    const [ru] = figures('Четвёртый день подряд число заражений превышает 40 тысяч.');
    expect(ru?.run?.days).toBe(4);
    // "Cases rose for a third day in a row" names no threshold: no figure, no run.
    expect(figures('Cases rose for a third day in a row to 9,000.')[0]?.run).toBeNull();
  });

  it('links a record to the daily figure it is about, never to a running total', () => {
    const found = figures(
      'The tally rose by 11,231 over the past 24 hours to 177,160, a record daily increase.',
    );
    expect(found.map((f) => f.record !== null)).toEqual([true, false]);
    expect(figures('выявлено 11 656 заболевших, это новый рекорд')[0]?.record).not.toBeNull();
    expect(figures('максимум с начала пандемии: 635 смертей')[0]?.record).not.toBeNull();
    expect(figures('Russia reported 10,699 new cases, not a record low')[0]?.record).toBeNull();
  });

  it('reads the value of an earlier report, and the change since it', () => {
    const relation = (text: string) => figures(text).map((f) => f.relation.kind);
    expect(relation('10,699 new cases, down from 11,231 a day earlier')).toEqual([
      'same-report',
      'earlier-report',
    ]);
    expect(relation('выявлено 10 699 случаев против 11 231 днем ранее')).toEqual([
      'same-report',
      'earlier-report',
    ]);
    expect(relation('10 699 новых случаев, накануне — 11 231')).toEqual([
      'same-report',
      'earlier-report',
    ]);
    expect(relation("203,766 cases, fewer than the previous day's record of 203,949")).toEqual([
      'same-report',
      'earlier-report',
    ]);
    expect(relation('Днем ранее в столице заболели 6 195 человек.')).toEqual(['earlier-report']);
    expect(relation('1,057 new cases, down from 1,195 on Sunday')).toEqual([
      'same-report',
      'earlier-report',
    ]);
    const [, change] = figures('11,656 new cases, 644 more than a day earlier');
    expect(change?.relation).toMatchObject({ kind: 'change', direction: 'more', daysBefore: 1 });
    const [, ruChange] = figures(
      'За сутки выявлено 203 949 случаев. Это на 6 873 больше, чем накануне.',
    );
    expect(ruChange?.relation).toMatchObject({ kind: 'change', direction: 'more' });
    expect(what(ruChange as StoryFigure)).toBe('cases/daily');
    const [, down] = figures('10,699 new cases, down 532 from the day before');
    expect(down?.relation).toMatchObject({ kind: 'change', direction: 'fewer' });
    const [, week] = figures('9,670 new cases, compared with 8,000 a week earlier');
    expect(week?.relation).toMatchObject({ kind: 'earlier-report', daysBefore: 7 });
  });

  it("reads a date in a figure's clause, not one that bounds a period", () => {
    expect(one('10,559 new cases were reported on May 6').dateInClause).toMatchObject({
      month: 5,
      day: 6,
      year: null,
    });
    expect(one('since March 1 there were 10,559 new cases').dateInClause).toBeNull();
    // A date in another clause of the sentence dates the story, not the figure.
    expect(one('On May 6, 10,559 new cases were reported').dateInClause).toBeNull();
  });
});
