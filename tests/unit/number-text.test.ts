/**
 * The page writes numbers without Intl (src/data/number-text.ts says why), so they must read
 * exactly as Intl.NumberFormat writes them: checked here against Intl itself, for chosen values
 * (ties, carries, zero, signs, the compact units' edges) and for many random ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompactNumber, formatDecimal, type NumberLocale } from '../../src/data/number-text';

const TAGS: Record<NumberLocale, string> = { en: 'en-GB', ru: 'ru-RU' };
const LOCALES: readonly NumberLocale[] = ['en', 'ru'];

const intlDecimal = (locale: NumberLocale, min: number, max: number) =>
  new Intl.NumberFormat(TAGS[locale], { minimumFractionDigits: min, maximumFractionDigits: max });
const intlCompact = (locale: NumberLocale) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'ru-RU', {
    notation: 'compact',
    maximumSignificantDigits: 3,
  });

/** The decimals the page asks for: counts, averages, percentages, rates. */
const DECIMALS: readonly [number, number][] = [
  [0, 0],
  [0, 1],
  [1, 1],
  [0, 0],
  [1, 1],
  [2, 2],
  [3, 3],
];

const CHOSEN = [
  0,
  -0,
  1,
  -1,
  0.4,
  0.5,
  0.6,
  1.5,
  2.5,
  -2.5,
  0.05,
  0.15,
  0.25,
  1.005,
  1.0049,
  1.25,
  1.35,
  9.95,
  9.995,
  99.95,
  999.5,
  999.95,
  1000,
  9999.5,
  11231,
  177160,
  203949,
  13731794,
  999999.5,
  1e-7,
  1.5e-7,
  0.0005,
  0.00049,
  123456789.987,
  1e21,
  2 ** 53,
  0.1 + 0.2,
  1563.4286,
  7627.428571428572,
  27.6,
  -14,
  46,
  9670,
];

describe('numbers written as Intl writes them', () => {
  it('with fixed decimals, for chosen values: ties away from zero, carries, zero and signs', () => {
    for (const locale of LOCALES) {
      for (const [min, max] of DECIMALS) {
        const intl = intlDecimal(locale, min, max);
        for (const value of CHOSEN) {
          expect(formatDecimal(value, locale, min, max), `${locale} ${min}-${max} ${value}`).toBe(
            intl.format(value),
          );
        }
      }
    }
  });

  it('in the compact form, for chosen values: each unit, and a value that rounds up into the next', () => {
    const values = [
      ...CHOSEN.filter((value) => Math.abs(value) < 1e15),
      950,
      999.4,
      999.6,
      1234,
      9995,
      99_949,
      99_950,
      999_499,
      999_500,
      999_950,
      1_049_999,
      50_000,
      100_000,
      150_000,
      250_000,
      2_500_000,
      1.5e9,
      999.5e9,
      2.4e12,
      0.012345,
      0.5,
      -1234,
      -999_950,
    ];
    for (const locale of LOCALES) {
      const intl = intlCompact(locale);
      for (const value of values) {
        expect(formatCompactNumber(value, locale), `${locale} ${value}`).toBe(intl.format(value));
      }
    }
  });

  it('for random values, in every form and both languages', () => {
    const values = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: 0, max: 10, noNaN: true }),
      // Values on a tie of the last decimal: n / 1000 and n / 200.
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 200),
    );
    fc.assert(
      fc.property(values, fc.constantFrom(...LOCALES), (value, locale) => {
        for (const [min, max] of DECIMALS) {
          expect(formatDecimal(value, locale, min, max)).toBe(
            intlDecimal(locale, min, max).format(value),
          );
        }
        expect(formatCompactNumber(value, locale)).toBe(intlCompact(locale).format(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what is not a finite number', () => {
    expect(() => formatDecimal(Number.NaN, 'en', 0, 0)).toThrow(RangeError);
    expect(() => formatCompactNumber(Number.POSITIVE_INFINITY, 'ru')).toThrow(RangeError);
  });
});
