/**
 * Phrases that qualify a figure without being one: a record ("a record high", "максимум с
 * начала пандемии"), a run ("for the fifth consecutive day") and a reference to an earlier report
 * ("up from 10,699 a day earlier", "на 532 больше, чем накануне"). Each is linked to the figure
 * it is about.
 *
 * A record or a run belongs to the nearest figure of its clause, else to the figure before it in
 * its sentence, else to the one after it ("For the fifth day in a row, more than 10,000..."). A
 * run needs a threshold ("more than 10,000"): a run phrase with no such figure in its sentence
 * ("cases rose for a third day") is left alone.
 */
import { firstStartingFrom } from './spans';
import type { Sentence } from './text-structure';
import type { Comparison, FigureForm, Relation, TextSpan } from './types';

export interface LinkableFigure {
  readonly span: TextSpan;
  readonly sentence: Sentence;
  readonly clause: TextSpan;
  readonly form: FigureForm;
  readonly comparison: Comparison;
}

/**
 * For each phrase, the index of the figure it qualifies (among those whose index `accepts`); a
 * figure keeps the first phrase linked to it.
 */
export function linkPhrases<P extends TextSpan>(
  phrases: readonly P[],
  figures: readonly LinkableFigure[],
  accepts: (index: number) => boolean,
): Map<number, P> {
  const links = new Map<number, P>();
  const spans = figures.map((figure) => figure.span);
  for (const phrase of phrases) {
    const index = figureFor(phrase, figures, spans, accepts);
    if (index !== null && !links.has(index)) links.set(index, phrase);
  }
  return links;
}

function figureFor(
  phrase: TextSpan,
  figures: readonly LinkableFigure[],
  spans: readonly TextSpan[],
  accepts: (index: number) => boolean,
): number | null {
  // The figures of the phrase's sentence, nearest first on each side.
  const firstAfter = firstStartingFrom(spans, phrase.start);
  const inSentence = (i: number) => {
    const figure = figures[i];
    return (
      figure !== undefined &&
      figure.sentence.span.start <= phrase.start &&
      phrase.start < figure.sentence.span.end
    );
  };
  let before: number | null = null;
  for (let i = firstAfter - 1; i >= 0 && inSentence(i); i--) {
    if (accepts(i)) {
      before = i;
      break;
    }
  }
  let after: number | null = null;
  for (let i = firstAfter; i < figures.length && inSentence(i); i++) {
    if (accepts(i)) {
      after = i;
      break;
    }
  }
  const inClause = (i: number | null) =>
    i !== null &&
    phrase.start >= (figures[i] as LinkableFigure).clause.start &&
    phrase.start < (figures[i] as LinkableFigure).clause.end;
  if (inClause(before) && inClause(after)) {
    const b = figures[before as number] as LinkableFigure;
    const a = figures[after as number] as LinkableFigure;
    return phrase.start - b.span.end <= a.span.start - phrase.end ? before : after;
  }
  if (inClause(after)) return after;
  return before ?? after;
}

/**
 * Between a figure and "a day earlier": the change since then ("532 more than", "на 532 случая
 * больше, чем"). At most one word between, and no comma before the comparative: "203,766 cases,
 * fewer than the previous day's 203,949" compares two values, it states no change.
 */
const CHANGE_BETWEEN =
  /^\s*(?:\p{L}+\s+)?(more|higher|fewer|less|lower|больше|меньше)\s*,?\s*(?:than|чем)\s*$/u;
/** Between a figure and "a day earlier" after an "up"/"down" before it ("up 532 from ..."). */
const CHANGE_FROM_BETWEEN = /^\s*(?:from|on|over|compared\s+(?:with|to)|against|versus|vs\.?)\s*$/u;
const DIRECTION_BEFORE =
  /(?:^|[^\p{L}])(up|rose|rising|increased?|rise|jump(?:ed)?|climb(?:ed)?|down|fell|falling|dropp?(?:ed)?|decreased?|declined?|fall)\s+(?:of\s+|by\s+)?$/u;
const FEWER_WORDS =
  /^(?:fewer|less|lower|меньше|down|fell|falling|drop|dropped|decrease|decreased|decline|declined|fall)$/;

/** A dash, a colon, a possessive or up to two words between the phrase and the figure. */
const PHRASE_THEN_FIGURE = /^(?:'s)?\s*(?:[—–:-]\s*)?(?:\p{L}+\s+){0,2}$/u;

/** True when `phrase` opens the clause of `figure`, with at most six words between them. */
function opensClauseOf(folded: string, phrase: TextSpan, figure: LinkableFigure): boolean {
  const { clause } = figure;
  if (phrase.start < clause.start || phrase.start >= figure.span.start) return false;
  const lead = folded.slice(clause.start, phrase.start);
  return /^[\s\p{P}]*$/u.test(lead) && wordCount(folded.slice(phrase.end, figure.span.start)) <= 6;
}

/** At most this many words between a figure and the phrase that dates it. */
const MAX_WORDS_BETWEEN = 4;

/**
 * The figures that state an earlier report's value, or the change since it, with the phrase that
 * says so: "10,699 a day earlier", "532 more than the day before", "накануне — 10 699".
 */
export function linkEarlierReports(
  folded: string,
  figures: readonly LinkableFigure[],
  phrases: readonly (TextSpan & { readonly daysBefore: number })[],
): Map<number, Relation> {
  const relations = new Map<number, Relation>();
  const spans = figures.map((figure) => figure.span);
  for (const phrase of phrases) {
    const next = firstStartingFrom(spans, phrase.end);
    const previous = next - 1;
    const figure = figures[previous];
    const span = { start: phrase.start, end: phrase.end };
    // "the previous day's 203,949" is about what follows it.
    const possessive = folded.startsWith("'s", phrase.end);
    if (figure && !possessive && sameSentence(figure, phrase) && !relations.has(previous)) {
      const between = folded.slice(figure.span.end, phrase.start);
      const relation = relationAcross(folded, figure, between, phrase.daysBefore, span);
      if (relation) {
        relations.set(previous, relation);
        continue;
      }
    }
    // The phrase before the figure: "накануне — 10 699", "the previous day's 203,949", "a day
    // earlier it was 10,699", or opening the clause ("Днем ранее в столице заболели 6 195").
    const following = figures[next];
    if (following && sameSentence(following, phrase) && !relations.has(next)) {
      const between = folded.slice(phrase.end, following.span.start);
      const close = PHRASE_THEN_FIGURE.test(between) && !between.includes(',');
      if (close || opensClauseOf(folded, phrase, following)) {
        relations.set(next, { kind: 'earlier-report', daysBefore: phrase.daysBefore, span });
      }
    }
  }
  return relations;
}

function relationAcross(
  folded: string,
  figure: LinkableFigure,
  between: string,
  daysBefore: number,
  span: TextSpan,
): Relation | null {
  const change = CHANGE_BETWEEN.exec(between);
  if (change) {
    const direction = FEWER_WORDS.test(change[1] as string) ? 'fewer' : 'more';
    return { kind: 'change', daysBefore, direction, span };
  }
  if (between.includes(',') || wordCount(between) > MAX_WORDS_BETWEEN) return null;
  if (CHANGE_FROM_BETWEEN.test(between)) {
    const lead = folded.slice(
      Math.max(figure.sentence.span.start, figure.span.start - 30),
      figure.span.start,
    );
    const direction = DIRECTION_BEFORE.exec(lead);
    if (direction) {
      return {
        kind: 'change',
        daysBefore,
        direction: FEWER_WORDS.test(direction[1] as string) ? 'fewer' : 'more',
        span,
      };
    }
  }
  return { kind: 'earlier-report', daysBefore, span };
}

function sameSentence(figure: LinkableFigure, phrase: TextSpan): boolean {
  return phrase.start >= figure.sentence.span.start && phrase.start < figure.sentence.span.end;
}

function wordCount(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}

/**
 * "down from 1,195", "compared with 10,699", "против 10 699": a figure compared with the previous
 * report's without saying which (daily reports compare with the day before). An explicit "a week
 * earlier" is read by `linkEarlierReports` first.
 */
const COMPARED_BEFORE =
  /(?:^|[^\p{L}])((?:up|down|rising|falling|increasing|decreasing|rose|fell)\s+from|compared\s+(?:with|to)|против|по\s+сравнению\s+с)\s*$/u;

export function linkImplicitEarlierReports(
  folded: string,
  figures: readonly LinkableFigure[],
  relations: Map<number, Relation>,
): Map<number, Relation> {
  figures.forEach((figure, i) => {
    if (relations.has(i) || figure.form !== 'count') return;
    const from = Math.max(figure.sentence.span.start, figure.span.start - 40);
    const match = COMPARED_BEFORE.exec(folded.slice(from, figure.span.start));
    if (!match) return;
    const start = from + match.index + match[0].indexOf(match[1] as string);
    const span = { start, end: start + (match[1] as string).length };
    relations.set(i, { kind: 'earlier-report', daysBefore: 1, span });
  });
  return relations;
}
