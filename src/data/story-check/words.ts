/**
 * The words of a text with their places: letters and digits, joined by inner hyphens and
 * apostrophes ("санкт-петербург", "twenty-five", "5-й", "russia's"). A possessive 's is read as
 * the word it belongs to ("Russia's" is "russia").
 */
import type { TextSpan } from './types';

export interface Word extends TextSpan {
  /** The word in folded form (fold-text.ts), without a possessive 's. */
  readonly text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

export function wordsOf(folded: string): Word[] {
  const words: Word[] = [];
  for (const match of folded.matchAll(WORD)) {
    const raw = match[0];
    const text = raw.endsWith("'s") ? raw.slice(0, -2) : raw;
    words.push({ start: match.index, end: match.index + raw.length, text });
  }
  return words;
}
