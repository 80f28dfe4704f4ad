/**
 * Finding words and phrases of a vocabulary in the folded text (see fold-text.ts), in English and
 * Russian alike. JavaScript's \b knows only ASCII letters, so word edges are written as "no letter
 * or digit before / after"; a space in a phrase matches any run of white space (the no-break and
 * thin spaces of typeset Russian text included).
 */
import type { TextSpan } from './types';

export interface TermMatch<K extends string> extends TextSpan {
  readonly kind: K;
}

/** A group of phrases (regular-expression source, lower case) that mean the same `kind`. */
export interface TermGroup<K extends string> {
  readonly kind: K;
  readonly phrases: readonly string[];
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** A pattern that finds any of `phrases` as whole words. */
export function phrasePattern(phrases: readonly string[], flags = 'gu'): RegExp {
  const alternatives = phrases.map((phrase) => phrase.replaceAll(' ', '\\s+')).join('|');
  return new RegExp(`${BEFORE}(?:${alternatives})${AFTER}`, flags);
}

/** A compiled vocabulary: each group's pattern, made once. */
export interface Vocabulary<K extends string> {
  readonly groups: readonly { readonly kind: K; readonly pattern: RegExp }[];
}

export function vocabulary<K extends string>(groups: readonly TermGroup<K>[]): Vocabulary<K> {
  return {
    groups: groups.map((group) => ({ kind: group.kind, pattern: phrasePattern(group.phrases) })),
  };
}

/**
 * Every phrase of `vocabulary` within `span` of `folded`, in text order, without overlaps: where
 * two overlap, the one that starts first wins, and of two that start together the longer
 * ("случаев смерти" is a death, not a case; "tested positive" is a case, not a test).
 */
export function findTerms<K extends string>(
  folded: string,
  span: TextSpan,
  words: Vocabulary<K>,
): TermMatch<K>[] {
  const window = folded.slice(span.start, span.end);
  const found: TermMatch<K>[] = [];
  for (const { kind, pattern } of words.groups) {
    pattern.lastIndex = 0;
    for (const match of window.matchAll(pattern)) {
      const start = span.start + match.index;
      found.push({ kind, start, end: start + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch<K>[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (!last || match.start >= last.end) kept.push(match);
  }
  return kept;
}
