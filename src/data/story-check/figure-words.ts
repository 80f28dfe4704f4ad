/**
 * What a figure states: how it compares with its value ("more than", "nearly"), what it counts
 * (cases, deaths, recoveries, or something outside the data such as tests) and over what period
 * (a day, or since the start).
 *
 * The words are looked for nearest the figure, first in its clause, then in its sentence, never
 * across another figure ("11,231 new cases and 88 deaths": 88 are deaths). A noun right after it
 * may say it counts something else ("in 85 regions"). What a figure borrows from the figures
 * before it is subjects-in-text.ts's part.
 */
import { allWithin, firstStartingFrom, firstWithin, lastWithin } from './spans';
import type { TermMatch } from './term-search';
import type { Sentence } from './text-structure';
import type { Comparison, Period, Subject, TextSpan } from './types';
import { COMPARISON_BEFORE, comparisonOf, type SubjectTerm } from './vocabulary';

/** A figure's place in the text: its span, sentence and clause, and its neighbours'. */
export interface FigureSlot {
  readonly span: TextSpan;
  readonly sentence: Sentence;
  readonly clause: TextSpan;
  /** Where the words that may be its own stop: the figures before and after it. */
  readonly previousFigureEnd: number;
  readonly nextFigureStart: number;
}

/** How far before a figure its comparison word may start. */
const COMPARISON_REACH = 60;

export function comparisonBefore(folded: string, slot: FigureSlot): Comparison {
  const from = Math.max(slot.sentence.span.start, slot.span.start - COMPARISON_REACH);
  const match = COMPARISON_BEFORE.exec(folded.slice(from, slot.span.start));
  return match ? comparisonOf(match[1] as string) : 'exact';
}

const METRIC_KINDS: ReadonlySet<SubjectTerm> = new Set([
  'cases',
  'deaths',
  'recovered',
  'tests',
  'vaccinations',
  'hospitalisations',
  'active-cases',
]);

/** At most one word between a figure and the noun it counts ("11,231 new cases"). */
const RIGHT_AFTER = /^\s*(?:[\p{L}-]+\s+)?$/u;
export interface SubjectReading {
  readonly subject: Subject;
  /** The words that said what it counts ("new cases"), if any. */
  readonly term: TextSpan | null;
  /** True when the noun after the figure counts something else: no borrowing from neighbours. */
  readonly countsOtherThings: boolean;
}

export function subjectOf(
  folded: string,
  slot: FigureSlot,
  terms: readonly TermMatch<SubjectTerm>[],
): SubjectReading {
  const own = ownWindow(slot);
  const follower = firstWithin(terms, slot.span.end, own.end);
  if (follower?.kind === 'other' && RIGHT_AFTER.test(folded.slice(slot.span.end, follower.start))) {
    return { subject: { kind: 'unknown' }, term: null, countsOtherThings: true };
  }
  const inClause = nearestTerm(terms, slot.span, own, METRIC_KINDS);
  if (inClause) {
    return {
      subject: subjectFrom(inClause.kind, 'own-words'),
      term: inClause,
      countsOtherThings: false,
    };
  }
  const inSentence = nearestTerm(terms, slot.span, sentenceWindow(slot), METRIC_KINDS);
  if (inSentence) {
    return {
      subject: subjectFrom(inSentence.kind, 'sentence'),
      term: inSentence,
      countsOtherThings: false,
    };
  }
  return { subject: { kind: 'unknown' }, term: null, countsOtherThings: false };
}

/** At most one word between a period word and the noun it qualifies ("new coronavirus cases"). */
const NEXT_TO_NOUN = /^\s*(?:[\p{L}-]+\s+)?$/u;

/**
 * The period of the noun phrase itself: "new cases", "новых случаев", "daily deaths". It decides,
 * whatever else the clause says ("Число новых случаев выросло до 40 251 — рекорд...").
 */
export function periodOfNoun(
  folded: string,
  noun: TextSpan | null,
  terms: readonly TermMatch<Period>[],
): Period | null {
  if (!noun) return null;
  const before = lastWithin(terms, Math.max(0, noun.start - 40), noun.start);
  return before && NEXT_TO_NOUN.test(folded.slice(before.end, noun.start)) ? before.kind : null;
}

/** The period the words nearest the figure in its clause state. */
export function periodInClause(
  slot: FigureSlot,
  terms: readonly TermMatch<Period>[],
): Period | null {
  return nearestTerm(terms, slot.span, ownWindow(slot))?.kind ?? null;
}

/** The period the words nearest the figure in its sentence state. */
export function periodInSentence(
  slot: FigureSlot,
  terms: readonly TermMatch<Period>[],
): Period | null {
  return nearestTerm(terms, slot.span, sentenceWindow(slot))?.kind ?? null;
}

function subjectFrom(kind: SubjectTerm, basis: 'own-words' | 'sentence'): Subject {
  switch (kind) {
    case 'cases':
    case 'deaths':
    case 'recovered':
      return { kind: 'count', metric: kind, period: null, basis };
    case 'tests':
    case 'vaccinations':
    case 'hospitalisations':
    case 'active-cases':
      return { kind: 'out-of-scope', what: kind };
    case 'people':
    case 'other':
      return { kind: 'unknown' };
  }
}

/** The figure's clause, cut at the figures before and after it. */
function ownWindow(slot: FigureSlot): TextSpan {
  return {
    start: Math.max(slot.clause.start, slot.previousFigureEnd),
    end: Math.min(slot.clause.end, slot.nextFigureStart),
  };
}

/** The figure's sentence, cut at the figures before and after it. */
function sentenceWindow(slot: FigureSlot): TextSpan {
  return {
    start: Math.max(slot.sentence.span.start, slot.previousFigureEnd),
    end: Math.min(slot.sentence.span.end, slot.nextFigureStart),
  };
}

/**
 * The term of `window` nearest to `figure` (of the `kinds` asked for, when given): the first
 * after it or the last before it, whichever is closer; after it on a tie, as English and Russian
 * both put the noun after the number.
 */
function nearestTerm<K extends string>(
  terms: readonly TermMatch<K>[],
  figure: TextSpan,
  window: TextSpan,
  kinds?: ReadonlySet<K>,
): TermMatch<K> | undefined {
  const wanted = (term: TermMatch<K>) => !kinds || kinds.has(term.kind);
  let after: TermMatch<K> | undefined;
  for (let i = firstStartingFrom(terms, figure.end); i < terms.length; i++) {
    const term = terms[i] as TermMatch<K>;
    if (term.end > window.end) break;
    if (wanted(term)) {
      after = term;
      break;
    }
  }
  let before: TermMatch<K> | undefined;
  const candidates = allWithin(terms, window.start, figure.start);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const term = candidates[i] as TermMatch<K>;
    if (wanted(term)) {
      before = term;
      break;
    }
  }
  if (!after) return before;
  if (!before) return after;
  return after.start - figure.end <= figure.start - before.end ? after : before;
}
