/**
 * The number reader of "Check any story": every way a report writes a count reads back as itself.
 * The writers below are the tests' own, independent of the reader's tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/data/story-check/fold-text';
import { readNumbers } from '../../src/data/story-check/number-reader';
import { findRunPhrases } from '../../src/data/story-check/run-phrases';
import { wordsOf } from '../../src/data/story-check/words';

function read(text: string) {
  const folded = foldText(text);
  return readNumbers(folded, wordsOf(folded)).map((token) => ({
    written: text.slice(token.start, token.end),
    value: token.value,
    precision: token.precision,
  }));
}

/** The one number of `text`, or a failure naming what was read. */
function only(text: string) {
  const numbers = read(text);
  expect(numbers, text).toHaveLength(1);
  return numbers[0] as ReturnType<typeof read>[number];
}

/** 1234567 with `separator` -> "1,234,567". */
function grouped(n: number, separator: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const SEPARATORS = [',', '.', ' ', '\u00a0', '\u202f', '\u2009'];

const EN_ONES = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];
const EN_ORDINAL_ONES = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const EN_ORDINAL_TENS = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];
const RU_ONES = [
  '',
  'один',
  'два',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const RU_TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const RU_ORDINAL_ONES = [
  '',
  'первый',
  'второй',
  'третий',
  'четвёртый',
  'пятый',
  'шестой',
  'седьмой',
  'восьмой',
  'девятый',
  'десятый',
  'одиннадцатый',
  'двенадцатый',
  'тринадцатый',
  'четырнадцатый',
  'пятнадцатый',
  'шестнадцатый',
  'семнадцатый',
  'восемнадцатый',
  'девятнадцатый',
];
const RU_ORDINAL_TENS = [
  '',
  '',
  'двадцатый',
  'тридцатый',
  'сороковой',
  'пятидесятый',
  'шестидесятый',
  'семидесятый',
  'восьмидесятый',
  'девяностый',
];

function english(n: number, ordinal = false): string {
  const [tens, ones] = [Math.floor(n / 10), n % 10];
  if (n < 20) return (ordinal ? EN_ORDINAL_ONES : EN_ONES)[n] as string;
  if (ones === 0) return (ordinal ? EN_ORDINAL_TENS : EN_TENS)[tens] as string;
  return `${EN_TENS[tens]}-${(ordinal ? EN_ORDINAL_ONES : EN_ONES)[ones]}`;
}

function russian(n: number, ordinal = false): string {
  const [tens, ones] = [Math.floor(n / 10), n % 10];
  if (n < 20) return (ordinal ? RU_ORDINAL_ONES : RU_ONES)[n] as string;
  if (ones === 0) return (ordinal ? RU_ORDINAL_TENS : RU_TENS)[tens] as string;
  return `${RU_TENS[tens]} ${(ordinal ? RU_ORDINAL_ONES : RU_ONES)[ones]}`;
}

/** "две тысячи", "одна тысяча": a thousand agrees in gender and number. */
function russianThousands(n: number): string {
  const words = russian(n).replace(/один$/, 'одна').replace(/два$/, 'две');
  const lastTwo = n % 100;
  const last = n % 10;
  const form =
    lastTwo >= 11 && lastTwo <= 14
      ? 'тысяч'
      : last === 1
        ? 'тысяча'
        : last >= 2 && last <= 4
          ? 'тысячи'
          : 'тысяч';
  return `${words} ${form}`;
}

describe('reading numbers written with digits', () => {
  it('reads a count with any grouping, or none', () => {
    for (const written of [
      '11,231',
      '11 231',
      '11\u00a0231',
      '11\u202f231',
      '11\u2009231',
      '11231',
      '11.231',
    ]) {
      expect(only(`Russia reported ${written} new cases.`), written).toEqual({
        written,
        value: 11_231,
        precision: 1,
      });
    }
    expect(only('в России 5 000 000 случаев').value).toBe(5_000_000);
    expect(only('total of 1,234,567 cases').value).toBe(1_234_567);
  });

  it('reads a scale word with the number and keeps the precision it was written with', () => {
    expect(only('rose to 11.2 thousand')).toEqual({
      written: '11.2 thousand',
      value: 11_200,
      precision: 100,
    });
    expect(only('составило 11,2 тыс. человек')).toEqual({
      written: '11,2 тыс.',
      value: 11_200,
      precision: 100,
    });
    expect(only('свыше 10 тысяч')).toEqual({
      written: '10 тысяч',
      value: 10_000,
      precision: 1_000,
    });
    expect(only('passed 1.5 million')).toEqual({
      written: '1.5 million',
      value: 1_500_000,
      precision: 100_000,
    });
    expect(only('превысило 1,5 млн')).toEqual({
      written: '1,5 млн',
      value: 1_500_000,
      precision: 100_000,
    });
    expect(only('some 15K tests')).toMatchObject({ written: '15K', value: 15_000 });
    expect(only('more than 177,000')).toEqual({ written: '177,000', value: 177_000, precision: 1 });
  });

  it('tells a decimal mark from a thousands separator by the digits after it', () => {
    expect(only('1,5 млн').value).toBe(1_500_000);
    expect(only('1,500 cases').value).toBe(1_500);
    expect(only('177,16 тыс.').value).toBe(177_160);
    expect(only('a rate of 0.125').value).toBe(0.125);
    // A letter after a space is not a scale: "5 m" is not five million.
    expect(only('about 5 m away').value).toBe(5);
  });

  it('reads numbers next to each other apart', () => {
    expect(read('11 231 против 10 699 накануне').map((n) => n.value)).toEqual([11_231, 10_699]);
    expect(read('10,699, 11,231').map((n) => n.value)).toEqual([10_699, 11_231]);
    expect(read('1, 2, 3').map((n) => n.value)).toEqual([1, 2, 3]);
  });

  it('skips digit strings too long to be a count', () => {
    expect(read('9'.repeat(40))).toEqual([]);
  });
});

describe('reading numbers written in words', () => {
  it('reads a multiplier in words before a scale word', () => {
    expect(only('polls said two million')).toMatchObject({ written: 'two million', value: 2e6 });
    expect(only('превысило полтора миллиона')).toMatchObject({
      written: 'полтора миллиона',
      value: 1_500_000,
      precision: 100_000,
    });
    expect(only('more than a million cases')).toMatchObject({ written: 'a million', value: 1e6 });
    expect(only('более миллиона человек')).toMatchObject({ written: 'миллиона', value: 1e6 });
    // Plural "millions" is no number ("миллионы людей"), nor is a word without a scale.
    expect(read('миллионы людей, пять дней')).toEqual([]);
  });
});

describe('properties: any integer in any supported form reads back as itself', () => {
  const inSentence = (written: string) => `По данным штаба, выявлено ${written} новых случаев.`;

  it('grouped with a comma, a full stop, a space, U+00A0, U+202F or U+2009, or plain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.constantFrom(...SEPARATORS, ''),
        (n, separator) => {
          const written = separator === '' ? String(n) : grouped(n, separator);
          expect(only(inSentence(written))).toEqual({ written, value: n, precision: 1 });
        },
      ),
    );
  });

  it('as "N thousand", "N тыс.", "N тысяч" and "N million", "N млн" when exact', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom(
          [' thousand', 1_000],
          [' тыс.', 1_000],
          [' тысяч', 1_000],
          [' million', 1_000_000],
          [' млн', 1_000_000],
          [' миллиона', 1_000_000],
        ),
        (n, [scale, multiplier]) => {
          const written = `${n}${scale}`;
          expect(only(inSentence(written))).toEqual({
            written,
            value: n * multiplier,
            precision: multiplier,
          });
        },
      ),
    );
  });

  it('with one decimal before a scale word, in either language', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(['.', ' million'], [',', ' млн'], ['.', ' thousand'], [',', ' тыс.']),
        (whole, tenth, [mark, scale]) => {
          const multiplier = scale.includes('m') || scale.includes('млн') ? 1_000_000 : 1_000;
          const written = `${whole}${mark}${tenth}${scale}`;
          expect(only(inSentence(written))).toEqual({
            written,
            value: (whole * 10 + tenth) * (multiplier / 10),
            precision: multiplier / 10,
          });
        },
      ),
    );
  });

  it('1 to 99 in English and Russian words before a scale word', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        expect(only(`a total of ${english(n)} thousand`)).toMatchObject({
          written: `${english(n)} thousand`,
          value: n * 1_000,
        });
        expect(only(`всего ${russianThousands(n)} человек`)).toMatchObject({
          written: russianThousands(n),
          value: n * 1_000,
        });
        expect(only(`${russian(n)} миллионов`).value).toBe(n * 1_000_000);
      }),
    );
  });

  it('1 to 99 as the length of a run, in digits, ordinals and cardinals of both languages', () => {
    const runLengths = (text: string) => {
      const folded = foldText(text);
      return findRunPhrases(wordsOf(folded)).map((run) => run.days);
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (n) => {
        expect(runLengths(`for the ${english(n, true)} consecutive day`)).toEqual([n]);
        expect(runLengths(`the ${n}th straight day`)).toEqual([n]);
        expect(runLengths(`${english(n)} days in a row`)).toEqual([n]);
        expect(runLengths(`${russian(n, true)} день подряд`)).toEqual([n]);
        expect(runLengths(`${n}-й день подряд`)).toEqual([n]);
        expect(runLengths(`${russian(n)} дней подряд`)).toEqual([n]);
      }),
    );
  });

  it('Russian run lengths in the cases a sentence puts them in', () => {
    const runLengths = (text: string) =>
      findRunPhrases(wordsOf(foldText(text))).map((run) => run.days);
    expect(runLengths('в течение пяти дней подряд')).toEqual([5]);
    expect(runLengths('уже пятые сутки подряд')).toEqual([5]);
    expect(runLengths('третьи сутки подряд')).toEqual([3]);
    expect(runLengths('в двадцать первый раз подряд')).toEqual([21]);
    expect(runLengths('for a fifth day running')).toEqual([5]);
    // Without "in a row" a day is a day.
    expect(runLengths('the fifth day of the week')).toEqual([]);
  });
});
