/**
 * Runs of days: "for the fifth consecutive day", "the 5th straight day", "fifth day in a row",
 * "for a fifth day running", "five consecutive days", "пятый день подряд", "пятые сутки подряд",
 * "в течение пяти дней подряд", "5-й день подряд". Each is a length in days and its span; which
 * figure it belongs to ("more than 10,000 ...") is decided in figure-links.ts.
 */
import { readDigitOrdinal, readNumberWords, type WordNumber } from './number-words';
import type { RunReading, TextSpan } from './types';
import type { Word } from './words';

export interface RunPhrase extends RunReading {
  /** The length as written ("5", "fifth"), not a figure of its own. */
  readonly length: TextSpan;
}

const UNITS = new Set([
  'day',
  'days',
  'time',
  'times',
  'день',
  'дня',
  'дней',
  'сутки',
  'суток',
  'раз',
  'раза',
]);
const CONSECUTIVE = new Set(['consecutive', 'straight', 'successive']);
/** More than this is not a run anyone writes about as such (and not a date misread). */
const LONGEST_RUN = 999;

export function findRunPhrases(words: readonly Word[]): RunPhrase[] {
  const texts = words.map((word) => word.text);
  const runs: RunPhrase[] = [];
  for (let unit = 0; unit < words.length; unit++) {
    if (!UNITS.has(texts[unit] as string)) continue;
    const anchor = anchorOf(texts, unit);
    if (!anchor) continue;
    const length = lengthEndingAt(texts, anchor.numberEnd);
    if (!length || length.value < 1 || length.value > LONGEST_RUN) continue;
    const first = words[anchor.numberEnd - length.words + 1] as Word;
    const numberLast = words[anchor.numberEnd] as Word;
    const last = words[anchor.lastWord] as Word;
    const start = Math.min(first.start, last.start);
    runs.push({
      days: length.value,
      span: { start, end: Math.max(last.end, numberLast.end) },
      length: { start: first.start, end: numberLast.end },
    });
  }
  return runs;
}

/**
 * Where the length must end for the unit at `unit` to be a run, and the run's last word; null
 * when nothing around the unit says "in a row".
 */
function anchorOf(
  texts: readonly string[],
  unit: number,
): { numberEnd: number; lastWord: number } | null {
  // "fifth consecutive day", "five straight days"
  if (CONSECUTIVE.has(texts[unit - 1] ?? '')) return { numberEnd: unit - 2, lastWord: unit };
  // "fifth day in a row", "five days in a row"
  if (texts[unit + 1] === 'in' && texts[unit + 2] === 'a' && texts[unit + 3] === 'row') {
    return { numberEnd: unit - 1, lastWord: unit + 3 };
  }
  // "fifth day running"
  if (texts[unit + 1] === 'running') return { numberEnd: unit - 1, lastWord: unit + 1 };
  // "пятый день подряд", "пять дней подряд"
  if (texts[unit + 1] === 'подряд') return { numberEnd: unit - 1, lastWord: unit + 1 };
  // "подряд пятый день" (the run word first, rarer)
  if (texts[unit - 2] === 'подряд') return { numberEnd: unit - 1, lastWord: unit };
  return null;
}

/** The number (in digits or words) whose last word is `end`. */
function lengthEndingAt(texts: readonly string[], end: number): WordNumber | null {
  if (end < 0) return null;
  const composite = readNumberWords(texts, end - 1);
  if (composite && composite.words === 2) return composite;
  return readNumberWords(texts, end) ?? readDigitOrdinal(texts[end] ?? '');
}
