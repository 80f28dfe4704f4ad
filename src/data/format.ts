/**
 * How numbers and dates are written, in one place, so a figure reads the same in a card, a chart,
 * a table and a sentence, in the page's language: 11,231 and 7 May 2020 in English (UK),
 * 11 231 and 7 мая 2020 г. in Russian.
 *
 * The language is set once, before the page renders (`setFormatLocale`): a page is in one
 * language for its whole life (the other language is another page), so it is module state
 * rather than an argument every caller would have to pass on. Numbers are written by
 * number-text.ts as Intl would write them, without Intl's slow start; dates from our own month
 * names (below).
 */
import type { IsoDate } from './iso-date';
import { formatCompactNumber, formatDecimal, type NumberLocale } from './number-text';

export type FormatLocale = NumberLocale;

let locale: FormatLocale = 'en';

/** The language numbers and dates are written in from now on (see above). */
export function setFormatLocale(next: FormatLocale): void {
  locale = next;
}

/** 11231 -> "11,231" */
export const formatCount = (value: number): string => formatDecimal(value, locale, 0, 0);

/** 1563.4286 -> "1,563.4" (7-day averages are not whole numbers). */
export const formatAverage = (value: number): string => formatDecimal(value, locale, 0, 1);

/**
 * A rate per 100,000 with the decimals its size needs: 0.042, 6.59, 673.5, 24,052. Small rates
 * keep their digits (a region's deaths per 100,000 in a day are often below 1).
 */
export function formatRate(value: number): string {
  const size = Math.abs(value);
  const decimals = size < 1 ? 3 : size < 10 ? 2 : size < 1000 ? 1 : 0;
  return formatDecimal(value, locale, decimals, decimals);
}

/** What a figure counts: people, or people per 100,000 residents. */
export type Measure = 'count' | 'per100k';

/** A figure as its measure writes it: "11,231" or "6.59". */
export const formatValue = (value: number, measure: Measure): string =>
  measure === 'count' ? formatCount(value) : formatRate(value);

/** A 7-day average: "10,094.6", or a rate. */
export const formatMean = (value: number, measure: Measure): string =>
  measure === 'count' ? formatAverage(value) : formatRate(value);

/** A signed change: "+672", "−14", or a signed rate. */
export function formatSignedValue(value: number, measure: Measure): string {
  if (measure === 'count') return formatSignedCount(value);
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatRate(Math.abs(value))}`;
}

/** 11231 -> "11.2K", 1200000 -> "1.2M" (axis ticks and chart labels). */
export const formatCompact = (value: number): string => formatCompactNumber(value, locale);

/** 12.345 -> "+12.3%"; signed, because a change without its sign is ambiguous. */
export function formatPercent(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  // Russian puts a (non-breaking) space before the sign: +12,3 %.
  return `${sign}${formatDecimal(Math.abs(rounded), locale, 1, 1)}${locale === 'ru' ? '\u00a0%' : '%'}`;
}

/** 1234 -> "+1,234", -5 -> "−5" (a true minus sign). */
export function formatSignedCount(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatCount(Math.abs(value))}`;
}

/**
 * Short month names, written here rather than taken from Intl: the build's Node and the reader's
 * browser carry different versions of the locale data (Node's English writes "Sept", Chromium's
 * "Sep"), and the prerendered page must read the same as the page the browser takes it over with.
 * These are CLDR's abbreviations; Russian has a form after a day ("7 мая") and one alone ("май").
 */
const MONTHS = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ruAfterDay: [
    'янв.',
    'февр.',
    'мар.',
    'апр.',
    'мая',
    'июн.',
    'июл.',
    'авг.',
    'сент.',
    'окт.',
    'нояб.',
    'дек.',
  ],
  ruAlone: [
    'янв.',
    'февр.',
    'март',
    'апр.',
    'май',
    'июнь',
    'июль',
    'авг.',
    'сент.',
    'окт.',
    'нояб.',
    'дек.',
  ],
} as const;

/** The parts of an ISO date, read from its text: no Date object, so no time zone can move it. */
function dateParts(date: IsoDate): { day: number; month: number; year: string } {
  return {
    year: date.slice(0, 4),
    month: Number(date.slice(5, 7)) - 1,
    day: Number(date.slice(8, 10)),
  };
}

const monthAfterDay = (month: number) =>
  (locale === 'ru' ? MONTHS.ruAfterDay : MONTHS.en)[month] ?? '';

/** "2020-05-07" -> "7 May 2020", "7 мая 2020 г." */
export function formatDate(date: IsoDate): string {
  const { day, month, year } = dateParts(date);
  return locale === 'ru'
    ? `${day} ${monthAfterDay(month)} ${year} г.`
    : `${day} ${monthAfterDay(month)} ${year}`;
}

/** "2020-05-07" -> "May 2020", "май 2020 г." */
export function formatMonthYear(date: IsoDate): string {
  const { month, year } = dateParts(date);
  return locale === 'ru'
    ? `${MONTHS.ruAlone[month] ?? ''} ${year} г.`
    : `${MONTHS.en[month] ?? ''} ${year}`;
}

/** "2020-05-07" -> "7 May", "7 мая" (ticks of a short range). */
export function formatDayMonth(date: IsoDate): string {
  const { day, month } = dateParts(date);
  return `${day} ${monthAfterDay(month)}`;
}

/** "2020-05-07" -> "2020" */
export const formatYear = (date: IsoDate): string => date.slice(0, 4);

/** "3–7 May 2020", "30 Apr – 7 May 2020", "1 Jan 2021 – 20 Jan 2022": for titles and labels. */
export function formatDateRangeShort(from: IsoDate, to: IsoDate): string {
  // Written out rather than with Intl's formatRange, whose spacing differs between ICU versions
  // (the build's Node and the reader's browser), which would break the prerendered page.
  // Russian reads the same way: "3–7 мая 2020 г.", "30 апр. – 7 мая 2020 г.".
  if (from === to) return formatDate(from);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8))}–${formatDate(to)}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return `${formatDayMonth(from)} – ${formatDate(to)}`;
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/**
 * Characters that change how the text around them is shown without being seen: bidirectional
 * overrides and isolates (U+202E turns "evil 7-05-2020" into the page's own words read backwards),
 * zero-width characters and other controls (Unicode's control and format categories, and the
 * line and paragraph separators).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const MAX_DISPLAY_LENGTH = 40;

/**
 * A value from outside (a link, a file) made safe to show in a sentence: invisible and
 * direction-changing characters made visible as ⟨U+202E⟩, and at most 40 characters. It is always
 * shown as text, never as markup (and inside <bdi> where it is echoed, see ViewNotices).
 */
export function displayValue(text: string): string {
  const visible = text.replace(
    INVISIBLE,
    (c) => `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
  const characters = Array.from(visible); // by code point, so no emoji is cut in half
  return characters.length > MAX_DISPLAY_LENGTH
    ? `${characters.slice(0, MAX_DISPLAY_LENGTH - 3).join('')}…`
    : visible;
}

/** "3 May 2020 to 7 May 2020", or one date when both are the same. */
export function formatDateRange(from: IsoDate, to: IsoDate): string {
  if (from === to) return formatDate(from);
  return locale === 'ru'
    ? `с ${formatDate(from)} по ${formatDate(to)}`
    : `${formatDate(from)} to ${formatDate(to)}`;
}
