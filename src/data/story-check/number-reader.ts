/**
 * Reads every number of a text, however it is written:
 *
 *   grouped   11,231 · 11 231 (space, U+00A0, U+2009 or U+202F) · 11.231 · 1,234,567
 *   plain     11231
 *   decimal   11.2 · 11,2 (a separator followed by other than exactly three digits)
 *   scaled    11.2 thousand · 11,2 тыс. · 1.5 million · 1,5 млн · 15K · свыше 10 тысяч
 *   in words  two million · полтора миллиона · a million · миллион
 *
 * A separator followed by exactly three digits groups thousands ("1,500" is fifteen hundred);
 * otherwise it is the decimal mark ("1,5 млн" is one and a half million). The result carries the
 * value and the precision the writer used (the unit of the last digit written: 100 for "11.2
 * thousand"), so that a rounded figure is judged as rounded. What the number is (a count, a
 * year, a date, a percentage) is decided elsewhere (number-roles.ts).
 */
import { oneAndAHalf, readNumberWords } from './number-words';
import type { TextSpan } from './types';
import type { Word } from './words';

export interface NumberToken extends TextSpan {
  readonly value: number;
  /** The unit of the last digit written: 1 for "11,231", 100 for "11.2 thousand". */
  readonly precision: number;
  /** The numeral without its scale word. */
  readonly numeral: TextSpan;
  /** 1, or the scale word's multiplier (1,000 for "тыс."). */
  readonly scale: number;
  /** Written with thousands separators ("11,231"), which no year or day of a month is. */
  readonly grouped: boolean;
  readonly written: 'digits' | 'words';
}

/** Longer numerals are not figures of an epidemic (and would not survive as a double). */
const MAX_INTEGER_DIGITS = 15;

const GROUP_SEPARATORS = '[ \\u00a0\\u2009\\u202f]';
const NUMERAL = new RegExp(
  `(?<![\\p{N}])([1-9]\\d{0,2}(?:(?:,\\d{3})+|(?:\\.\\d{3})+|(?:${GROUP_SEPARATORS}\\d{3})+)(?![\\p{N}])|\\d+)(?:[.,](\\d+))?`,
  'gu',
);

/** Scale words after digits; k and m only when written against the digits ("15K", "1.5m"). */
const SCALE_AFTER =
  /^(\s*)(thousand|million|billion|mln|bn|k|m|тыс(?:\.|яч(?:а|и|у|е|ами|ах)?)?|млн\.?|миллион(?:а|ов|ами|ах)?|млрд\.?|миллиард(?:а|ов)?)(?![\p{L}\p{N}])/u;

const SCALES: readonly [RegExp, number][] = [
  [/^(?:thousand|k|тыс)/, 1_000],
  [/^(?:million|mln|m$|млн|миллион)/, 1_000_000],
  [/^(?:billion|bn|млрд|миллиард)/, 1_000_000_000],
];

function scaleOf(word: string): number | null {
  for (const [pattern, scale] of SCALES) if (pattern.test(word)) return scale;
  return null;
}

export function readNumbers(folded: string, words: readonly Word[]): NumberToken[] {
  const tokens = readDigitNumbers(folded);
  const taken = tokens.map((token) => token as TextSpan);
  for (const token of readWordNumbers(words)) {
    if (!taken.some((span) => span.start < token.end && token.start < span.end)) {
      tokens.push(token);
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

function readDigitNumbers(folded: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of folded.matchAll(NUMERAL)) {
    const whole = match[1] as string;
    const fraction = match[2] ?? '';
    const integerDigits = whole.replace(/\D/g, '');
    if (integerDigits.length > MAX_INTEGER_DIGITS || fraction.length > 6) continue;
    const start = match.index;
    const numeralEnd = start + match[0].length;
    const scaleMatch = SCALE_AFTER.exec(folded.slice(numeralEnd, numeralEnd + 16));
    const attached =
      scaleMatch !== null && (scaleMatch[1] === '' || !/^[km]$/.test(scaleMatch[2] as string));
    const scale = attached && scaleMatch ? (scaleOf(scaleMatch[2] as string) ?? 1) : 1;
    const end = attached && scaleMatch ? numeralEnd + scaleMatch[0].length : numeralEnd;
    const decimals = 10 ** fraction.length;
    const units = Number(integerDigits) * decimals + Number(fraction || '0');
    tokens.push({
      start,
      end,
      value: (units * scale) / decimals,
      precision: scale / decimals,
      numeral: { start, end: numeralEnd },
      scale,
      grouped: whole.length > integerDigits.length,
      written: 'digits',
    });
  }
  return tokens;
}

/** "two million", "полтора миллиона", "a million", "миллион". */
function readWordNumbers(words: readonly Word[]): NumberToken[] {
  const tokens: NumberToken[] = [];
  const texts = words.map((word) => word.text);
  for (let i = 0; i < words.length; i++) {
    const scaleWord = words[i] as Word;
    if (
      !/^(?:thousand|million|billion|тысяч[аиу]?|миллион(?:а|ов)?|миллиард(?:а|ов)?)$/.test(
        scaleWord.text,
      )
    ) {
      continue;
    }
    const scale = scaleOf(scaleWord.text) ?? 1;
    const multiplier = multiplierBefore(texts, i, scale);
    if (!multiplier) continue;
    const first = words[i - multiplier.words] ?? scaleWord;
    const precision = Number.isInteger(multiplier.value) ? scale : scale / 10;
    tokens.push({
      start: first.start,
      end: scaleWord.end,
      value: multiplier.value * scale,
      precision,
      numeral: { start: first.start, end: scaleWord.end },
      scale,
      grouped: false,
      written: 'words',
    });
  }
  return tokens;
}

/** The number in words before the scale word at `index`, and how many words it takes. */
function multiplierBefore(
  texts: readonly string[],
  index: number,
  scale: number,
): { value: number; words: number } | null {
  const previous = texts[index - 1];
  if (previous !== undefined && /^\d/.test(previous)) return null; // digits: read above
  for (const length of [2, 1]) {
    const read = readNumberWords(texts, index - length);
    if (read && !read.ordinal && read.words === length) return { value: read.value, words: length };
  }
  const half = previous === undefined ? null : oneAndAHalf(previous);
  if (half !== null) return { value: half, words: 1 };
  // "a million", "one million" (read above), and a Russian "миллион" on its own.
  if (scale >= 1_000_000) {
    if (previous === 'a') return { value: 1, words: 1 };
    if (/^миллиона?$/.test(texts[index] ?? '')) return { value: 1, words: 0 };
  }
  return null;
}
