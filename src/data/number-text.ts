/**
 * Numbers written as Intl.NumberFormat writes them in English (en-GB; en-US for the compact
 * form) and Russian (ru-RU), without Intl. The first number format a page makes loads the
 * browser's number-formatting data: 25-45 ms at CPU x1 and over 100 ms at x4, in one task,
 * while the page is being taken over; the few formats the dashboard needs are written here instead.
 * tests/unit/number-text.test.ts checks every form against Intl itself, value by value.
 *
 * As Intl does, a value is rounded from its shortest decimal representation (the digits
 * `String(value)` gives), half away from zero: 1.005 to two decimals is 1.01, not toFixed's 1.00.
 */

export type NumberLocale = 'en' | 'ru';

/** What separates groups of three digits, and the decimals, in each language. */
const SYMBOLS: Record<NumberLocale, { readonly group: string; readonly decimal: string }> = {
  en: { group: ',', decimal: '.' },
  ru: { group: '\u00a0', decimal: ',' },
};

/** A value's digits without leading zeros, and how many of them come before the decimal point. */
interface Decimal {
  /** '' for zero. */
  readonly digits: string;
  /** May be negative (0.0012: digits '12', point at -2) or beyond the digits (1200: '12', 4). */
  readonly pointAt: number;
}

const ZERO: Decimal = { digits: '', pointAt: 0 };

/** The shortest decimal representation of a finite value's magnitude. */
function decimalOf(magnitude: number): Decimal {
  const [mantissa = '0', exponent = '0'] = String(magnitude).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leading = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leading).replace(/0+$/, '');
  return digits === '' ? ZERO : { digits, pointAt: whole.length + Number(exponent) - leading };
}

/** `value` with only its first `kept` digits, rounded half away from zero. */
function roundToDigits(value: Decimal, kept: number): Decimal {
  if (kept >= value.digits.length) return value;
  if (kept < 0) return ZERO;
  const head = value.digits.slice(0, kept);
  if ((value.digits[kept] ?? '0') < '5') {
    const digits = head.replace(/0+$/, '');
    return digits === '' ? ZERO : { digits, pointAt: value.pointAt };
  }
  // Up by one in the last kept digit: trailing nines carry.
  const nines = head.length - head.replace(/9+$/, '').length;
  const stem = head.slice(0, head.length - nines);
  if (stem === '') return { digits: '1', pointAt: value.pointAt + 1 };
  const last = Number(stem[stem.length - 1]) + 1;
  return { digits: `${stem.slice(0, -1)}${last}`, pointAt: value.pointAt };
}

/** Inserts `separator` between groups of three digits, from the right. */
function grouped(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+$)/g, separator);
}

/** A decimal written out with at least `minDecimals` decimals (padded with zeros). */
function written(
  value: Decimal,
  minDecimals: number,
  locale: NumberLocale,
  grouping: boolean,
): string {
  const { digits, pointAt } = value;
  const integer = pointAt <= 0 ? '0' : digits.slice(0, pointAt).padEnd(pointAt, '0');
  const fraction = (pointAt < 0 ? '0'.repeat(-pointAt) + digits : digits.slice(pointAt)).padEnd(
    minDecimals,
    '0',
  );
  const { group, decimal } = SYMBOLS[locale];
  const whole = grouping ? grouped(integer, group) : integer;
  return fraction === '' ? whole : `${whole}${decimal}${fraction}`;
}

/** Intl writes a minus (a hyphen-minus) for any negative value, -0 and what rounds to 0 too. */
const signOf = (value: number) => (value < 0 || Object.is(value, -0) ? '-' : '');

function checkedFinite(value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
}

/**
 * `value` with between `minDecimals` and `maxDecimals` decimals, its digits grouped:
 * Intl.NumberFormat(tag, { minimumFractionDigits, maximumFractionDigits }).
 */
export function formatDecimal(
  value: number,
  locale: NumberLocale,
  minDecimals: number,
  maxDecimals: number,
): string {
  checkedFinite(value);
  const exact = decimalOf(Math.abs(value));
  const rounded = roundToDigits(exact, exact.pointAt + maxDecimals);
  return `${signOf(value)}${written(rounded, minDecimals, locale, true)}`;
}

/** The compact forms' units, by power of ten. */
const UNITS: Record<NumberLocale, readonly { readonly power: number; readonly unit: string }[]> = {
  en: [
    { power: 12, unit: 'T' },
    { power: 9, unit: 'B' },
    { power: 6, unit: 'M' },
    { power: 3, unit: 'K' },
  ],
  ru: [
    { power: 12, unit: '\u00a0трлн' },
    { power: 9, unit: '\u00a0млрд' },
    { power: 6, unit: '\u00a0млн' },
    { power: 3, unit: '\u00a0тыс.' },
  ],
};

/** The largest unit at most `magnitude` (the power of ten of the value's first digit). */
const unitFor = (locale: NumberLocale, magnitude: number) =>
  UNITS[locale].find(({ power }) => magnitude >= power) ?? { power: 0, unit: '' };

/**
 * `value` in the short compact form with three significant digits: 11.2K, 1.2M, 950 (English, as
 * en-US writes it); 11,2 тыс., 1,2 млн (Russian): Intl.NumberFormat(tag, { notation: 'compact',
 * maximumSignificantDigits: 3 }). For values below a thousand trillion.
 */
export function formatCompactNumber(value: number, locale: NumberLocale): string {
  checkedFinite(value);
  const rounded = roundToDigits(decimalOf(Math.abs(value)), 3);
  if (rounded.digits === '') return `${signOf(value)}0`;
  // Chosen after rounding: 999,950 is 1M, not 1000K.
  const { power, unit } = unitFor(locale, rounded.pointAt - 1);
  const scaled = { digits: rounded.digits, pointAt: rounded.pointAt - power };
  return `${signOf(value)}${written(scaled, 0, locale, false)}${unit}`;
}
