/**
 * The place a figure is about: the place named nearest to it in its clause ("2,548 in Moscow"),
 * else the last one named before it in its sentence ("В Москве за сутки ... 2 548"), else the only
 * one the sentence before it names (in the same paragraph), else Russia as a whole.
 *
 * A dateline ("MOSCOW, May 8 (Reuters) -", "МОСКВА, 8 мая. /ТАСС/.") names where the story was
 * filed, not what its figures are about, and is left out.
 */
import { RUSSIA } from '../series';
import type { PlaceMention } from './place-mentions';
import { allWithin, firstStartingFrom, lastWithin } from './spans';
import type { Sentence } from './text-structure';
import type { DateMention, PlaceReading, TextSpan } from './types';

/** The mentions of a text (datelines left out), and those that may be a figure's place. */
export interface FigurePlaces {
  readonly all: readonly PlaceMention[];
  /**
   * Outside a figure's clause a possessive names the owner of something else: "St Petersburg,
   * Russia's second city, reported 3,756 new cases" is about St Petersburg.
   */
  readonly owners: readonly PlaceMention[];
}

export function figurePlaces(mentions: readonly PlaceMention[]): FigurePlaces {
  return { all: mentions, owners: mentions.filter((mention) => !mention.possessive) };
}

export function placeOf(
  original: string,
  figure: TextSpan,
  clause: TextSpan,
  sentence: Sentence,
  previousSentence: Sentence | null,
  mentions: FigurePlaces,
): PlaceReading {
  const inClause = nearestInClause(figure, clause, mentions.all);
  const { owners } = mentions;
  const inSentence = inClause ?? lastWithin(owners, sentence.span.start, figure.start);
  const mention = inSentence ?? soleMentionOf(previousSentence, owners);
  if (!mention) return { kind: 'place', code: RUSSIA, basis: 'default' };
  if (mention.target.kind === 'foreign') {
    return { kind: 'foreign', name: original.slice(mention.start, mention.end) };
  }
  const basis = inClause ? 'clause' : inSentence ? 'sentence' : 'paragraph';
  return { kind: 'place', code: mention.target.code, basis };
}

/**
 * The one place the sentence before names, if it names exactly one: "В Москве за сутки выявили
 * 5 846 случаев. Скончались 70 человек." A sentence that names several ("..., while St Petersburg
 * reported 3,312 and Moscow 3,694.") says nothing about the next one's place.
 */
function soleMentionOf(
  sentence: Sentence | null,
  mentions: readonly PlaceMention[],
): PlaceMention | undefined {
  if (!sentence) return undefined;
  const first = mentions[firstStartingFrom(mentions, sentence.span.start)];
  if (!first || first.end > sentence.span.end) return undefined;
  const others = allWithin(mentions, first.end, sentence.span.end);
  return others.every((other) => sameTarget(other, first)) ? first : undefined;
}

function sameTarget(a: PlaceMention, b: PlaceMention): boolean {
  if (a.target.kind === 'foreign' || b.target.kind === 'foreign')
    return a.target.kind === b.target.kind;
  return a.target.code === b.target.code;
}

function nearestInClause(
  figure: TextSpan,
  clause: TextSpan,
  mentions: readonly PlaceMention[],
): PlaceMention | undefined {
  let nearest: PlaceMention | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (
    let i = Math.max(0, firstStartingFrom(mentions, clause.start) - 1);
    i < mentions.length;
    i++
  ) {
    const mention = mentions[i] as PlaceMention;
    if (mention.start >= clause.end) break;
    if (mention.end <= clause.start) continue;
    const gap =
      mention.start >= figure.end ? mention.start - figure.end : figure.start - mention.end;
    if (gap < distance) {
      nearest = mention;
      distance = gap;
    }
  }
  return nearest;
}

/**
 * Mentions that are not datelines: a place at the very start of a line, followed by a comma or a
 * full stop and a date, or by a bracket ("MOSCOW (Reuters)"), or written in capitals.
 */
export function withoutDatelines(
  original: string,
  mentions: readonly PlaceMention[],
  dates: readonly DateMention[],
): PlaceMention[] {
  return mentions.filter((mention) => !isDateline(original, mention, dates));
}

function isDateline(
  original: string,
  mention: PlaceMention,
  dates: readonly DateMention[],
): boolean {
  if (!startsLine(original, mention.start)) return false;
  const written = original.slice(mention.start, mention.end);
  if (written.length >= 4 && written === written.toUpperCase()) return true;
  const rest = original.slice(mention.end, mention.end + 8);
  if (/^\s*\(/.test(rest)) return true;
  const separator = /^\s*[,.]\s*/.exec(rest);
  if (!separator) return false;
  const dateAt = mention.end + separator[0].length;
  return dates.some((date) => date.span.start === dateAt);
}

/** True when only spaces or tabs stand between `offset` and the start of its line. */
function startsLine(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}
