/**
 * Text in, figures out: every number of the text that states a figure, with what it counts, where,
 * how it compares, and what qualifies it (a run, a record, an earlier report). Nothing here knows
 * the data: checking is judge.ts's job, and choosing the report dating.ts's.
 */
import { type PlaceCode, RUSSIA } from '../series';
import { dateInSpan, findDateMentions } from './date-mentions';
import {
  type LinkableFigure,
  linkEarlierReports,
  linkImplicitEarlierReports,
  linkPhrases,
} from './figure-links';
import { figurePlaces, placeOf, withoutDatelines } from './figure-place';
import { comparisonBefore, type FigureSlot } from './figure-words';
import { foldText } from './fold-text';
import { MAX_FIGURES } from './limits';
import { type NumberToken, readNumbers } from './number-reader';
import { roleOf } from './number-roles';
import { findPlaceMentions, type PlaceIndex, type PlaceMention } from './place-mentions';
import { findRunPhrases, type RunPhrase } from './run-phrases';
import { firstStartingFrom, overlapsAny } from './spans';
import { readSubjects } from './subjects-in-text';
import { findTerms } from './term-search';
import { clauseAt, type Sentence, sentenceAt, splitSentences } from './text-structure';
import type { DateMention, FigureForm, Relation, StoryFigure, Subject, TextSpan } from './types';
import { EARLIER_REPORT_TERMS, PERIOD_TERMS, RECORD_TERMS, SUBJECT_TERMS } from './vocabulary';
import { type Word, wordsOf } from './words';

export interface StoryReading {
  /** Every figure, in text order (past MAX_FIGURES, read as numbers only: see check-story.ts). */
  readonly figures: readonly StoryFigure[];
  /** The dates the text writes, in order. */
  readonly dates: readonly DateMention[];
  /** Russia, then every region the text names, in the order first named. */
  readonly places: readonly PlaceCode[];
}

export function readStory(text: string, placeIndex: PlaceIndex): StoryReading {
  const folded = foldText(text);
  const sentences = splitSentences(text, folded);
  const words = wordsOf(folded);
  const dates = findDateMentions(folded);
  const runs = findRunPhrases(words);
  const mentions = withoutDatelines(text, findPlaceMentions(words, placeIndex), dates);
  const tokens = figureTokens(folded, words, dates, runs);
  const figures = readFigures(text, folded, sentences, tokens, { dates, runs, mentions });
  return { figures, dates, places: placesNamed(mentions) };
}

/** Russia and the regions of `mentions`, each once. */
export function placesNamed(mentions: readonly PlaceMention[]): PlaceCode[] {
  const places: PlaceCode[] = [RUSSIA];
  for (const mention of mentions) {
    if (mention.target.kind === 'place' && !places.includes(mention.target.code)) {
      places.push(mention.target.code);
    }
  }
  return places;
}

interface FigureToken {
  readonly token: NumberToken;
  readonly form: FigureForm;
}

function figureTokens(
  folded: string,
  words: readonly Word[],
  dates: readonly DateMention[],
  runs: readonly RunPhrase[],
): FigureToken[] {
  const context = {
    folded,
    dates: dates.map((date) => date.span),
    runLengths: runs.map((run) => run.length),
  };
  const found: FigureToken[] = [];
  for (const token of readNumbers(folded, words)) {
    const role = roleOf(token, context);
    if (role.kind === 'figure') found.push({ token, form: role.form });
  }
  return found;
}

interface Phrases {
  readonly dates: readonly DateMention[];
  readonly runs: readonly RunPhrase[];
  readonly mentions: readonly PlaceMention[];
}

function readFigures(
  text: string,
  folded: string,
  sentences: readonly Sentence[],
  tokens: readonly FigureToken[],
  phrases: Phrases,
): StoryFigure[] {
  const whole = { start: 0, end: folded.length };
  const records = findTerms(folded, whole, RECORD_TERMS);
  const earlier = findTerms(folded, whole, EARLIER_REPORT_TERMS);
  const subjectTerms = findTerms(folded, whole, SUBJECT_TERMS);
  // "с начала пандемии" in "максимум с начала пандемии", "a day" in "a day earlier": not periods.
  const qualifiers = [...records, ...earlier].sort((a, b) => a.start - b.start);
  const periodTerms = findTerms(folded, whole, PERIOD_TERMS).filter(
    (term) => !overlapsAny(qualifiers, term),
  );

  const places = figurePlaces(phrases.mentions);
  const dateSpans = phrases.dates.map((date) => date.span);
  const sentenceSpans = sentences.map((sentence) => sentence.span);
  const read = tokens.slice(0, MAX_FIGURES);
  const slots = read.map(({ token }, i) => slotOf(sentences, token, read[i - 1], read[i + 1]));
  const linkable: LinkableFigure[] = read.map(({ token, form }, i) => ({
    span: token,
    sentence: (slots[i] as FigureSlot).sentence,
    clause: (slots[i] as FigureSlot).clause,
    form,
    comparison: comparisonBefore(folded, slots[i] as FigureSlot),
  }));
  const relationOf = linkImplicitEarlierReports(
    folded,
    linkable,
    linkEarlierReports(
      folded,
      linkable,
      earlier.map((term) => ({ ...term, daysBefore: term.kind === 'week' ? 7 : 1 })),
    ),
  );
  const subjects = readSubjects(
    folded,
    slots,
    { subjects: subjectTerms, periods: periodTerms },
    relationOf,
  );
  // A record or a run is of a day's figure: never linked to a running total.
  const notTotal = (i: number) => {
    const subject = subjects[i];
    return (
      (linkable[i] as LinkableFigure).form === 'count' &&
      !(subject?.kind === 'count' && subject.period === 'total')
    );
  };
  const recordOf = linkPhrases(records, linkable, notTotal);
  const runPhrases = phrases.runs.map((run) => ({ ...run.span, run }));
  const runOf = linkPhrases(
    runPhrases,
    linkable,
    (i) =>
      notTotal(i) && ['more-than', 'at-least'].includes((linkable[i] as LinkableFigure).comparison),
  );

  const figures: StoryFigure[] = read.map(({ token, form }, i) => {
    const slot = slots[i] as FigureSlot;
    const record = recordOf.get(i) ?? null;
    const run = runOf.get(i) ?? null;
    const subject = subjects[i] as Subject;
    return {
      span: { start: token.start, end: token.end },
      text: text.slice(token.start, token.end),
      value: token.value,
      precision: token.precision,
      form,
      comparison: (linkable[i] as LinkableFigure).comparison,
      // Runs and records are of daily figures, whatever "total" a neighbouring clause says.
      subject:
        subject.kind === 'count' && (record || run) ? { ...subject, period: 'daily' } : subject,
      place: placeOf(
        text,
        token,
        slot.clause,
        slot.sentence,
        previousInParagraph(sentences, sentenceSpans, slot.sentence),
        places,
      ),
      run: run ? { days: run.run.days, span: run.run.span } : null,
      record: record ? { start: record.start, end: record.end } : null,
      relation: relationOf.get(i) ?? ({ kind: 'same-report' } satisfies Relation),
      dateInClause: dateInSpan(folded, slot.clause, phrases.dates, dateSpans),
    };
  });
  for (const { token, form } of tokens.slice(MAX_FIGURES)) {
    figures.push(unreadFigure(text, token, form));
  }
  return figures;
}

function slotOf(
  sentences: readonly Sentence[],
  token: NumberToken,
  previous: FigureToken | undefined,
  next: FigureToken | undefined,
): FigureSlot {
  const sentence = sentenceAt(sentences, token.start) ?? {
    span: { start: token.start, end: token.end },
    paragraph: 0,
    clauses: [{ start: token.start, end: token.end }],
  };
  return {
    span: token,
    sentence,
    clause: clauseAt(sentence, token.start),
    previousFigureEnd: previous ? previous.token.end : 0,
    nextFigureStart: next ? next.token.start : Number.POSITIVE_INFINITY,
  };
}

/** The sentence before `sentence` in its paragraph, if any. */
function previousInParagraph(
  sentences: readonly Sentence[],
  sentenceSpans: readonly TextSpan[],
  sentence: Sentence,
): Sentence | null {
  const index = firstStartingFrom(sentenceSpans, sentence.span.start);
  const previous = sentences[index - 1];
  return previous && previous.paragraph === sentence.paragraph ? previous : null;
}

/** A figure past MAX_FIGURES: its number only (check-story.ts says it was not checked). */
function unreadFigure(text: string, token: NumberToken, form: FigureForm): StoryFigure {
  return {
    span: { start: token.start, end: token.end },
    text: text.slice(token.start, token.end),
    value: token.value,
    precision: token.precision,
    form,
    comparison: 'exact',
    subject: { kind: 'unknown' },
    place: { kind: 'place', code: RUSSIA, basis: 'default' },
    run: null,
    record: null,
    relation: { kind: 'same-report' },
    dateInClause: null,
  };
}
