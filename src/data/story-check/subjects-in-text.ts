/**
 * What each figure of a text counts, read in text order, because a figure may borrow from the one
 * before it:
 *
 * - its own words ("11,231 new cases"), the period of the noun phrase first ("new cases"), then
 *   the nearest in its clause, then in its sentence;
 * - a figure whose words are elsewhere in the sentence, after a figure of the same metric (an
 *   ellipsis: "в Москве — 2 548, в Подмосковье — 1 012"), takes that figure's period unless its
 *   clause states one;
 * - a figure with no words of its own takes the previous figure's subject; so does one that
 *   cites an earlier report ("down from 11,231 the day before", "Это на 6 873 больше, чем
 *   накануне"), from the previous figure of its paragraph;
 * - then "rose by X to Y": X is the day's, Y the running total.
 */
import {
  type FigureSlot,
  periodInClause,
  periodInSentence,
  periodOfNoun,
  subjectOf,
} from './figure-words';
import type { TermMatch } from './term-search';
import type { Period, Relation, Subject } from './types';
import type { SubjectTerm } from './vocabulary';

/** The subject of each figure of `slots` (in text order), given the relations read. */
export function readSubjects(
  folded: string,
  slots: readonly FigureSlot[],
  terms: {
    readonly subjects: readonly TermMatch<SubjectTerm>[];
    readonly periods: readonly TermMatch<Period>[];
  },
  relations: ReadonlyMap<number, Relation>,
): Subject[] {
  const subjects: Subject[] = [];
  slots.forEach((slot, i) => {
    const { subject, term, countsOtherThings } = subjectOf(folded, slot, terms.subjects);
    const previous = subjects[i - 1];
    const previousSlot = slots[i - 1];
    const sameSentence = previousSlot?.sentence === slot.sentence;
    const sameParagraph = previousSlot?.sentence.paragraph === slot.sentence.paragraph;
    const citesEarlier =
      relations.has(i) && (subject.kind !== 'count' || subject.basis !== 'own-words');
    const ownPeriod = () =>
      periodOfNoun(folded, term, terms.periods) ?? periodInClause(slot, terms.periods);
    if (
      previous?.kind === 'count' &&
      !countsOtherThings &&
      ((subject.kind === 'unknown' && sameSentence) || (citesEarlier && sameParagraph))
    ) {
      const period = periodInClause(slot, terms.periods) ?? previous.period;
      subjects.push({ ...previous, period, basis: 'earlier-figure' });
    } else if (subject.kind !== 'count') {
      subjects.push(subject);
    } else if (
      subject.basis === 'sentence' &&
      sameSentence &&
      previous?.kind === 'count' &&
      previous.metric === subject.metric
    ) {
      subjects.push({ ...subject, period: periodInClause(slot, terms.periods) ?? previous.period });
    } else {
      subjects.push({ ...subject, period: ownPeriod() ?? periodInSentence(slot, terms.periods) });
    }
  });
  return periodsOfRiseByTo(folded, slots, subjects);
}

const BY_BEFORE = /(?:^|[^\p{L}])(?:by|на)\s*$/u;
const TO_BEFORE = /(?:^|[^\p{L}])(?:to|до)\s*$/u;

/**
 * "rose by 11,231 to 177,160", "выросло на 11 231 до 177 160": the first is the day's, the second
 * the running total, whatever other words of the clause say.
 */
function periodsOfRiseByTo(
  folded: string,
  slots: readonly FigureSlot[],
  subjects: Subject[],
): Subject[] {
  const before = (slot: FigureSlot) =>
    folded.slice(Math.max(0, slot.span.start - 6), slot.span.start);
  for (let i = 1; i < slots.length; i++) {
    const [bySlot, toSlot] = [slots[i - 1] as FigureSlot, slots[i] as FigureSlot];
    const [by, to] = [subjects[i - 1], subjects[i]];
    if (bySlot.sentence !== toSlot.sentence || by?.kind !== 'count' || to?.kind !== 'count')
      continue;
    if (
      by.metric !== to.metric ||
      !BY_BEFORE.test(before(bySlot)) ||
      !TO_BEFORE.test(before(toSlot))
    )
      continue;
    subjects[i - 1] = { ...by, period: 'daily' };
    subjects[i] = { ...to, period: 'total' };
  }
  return subjects;
}
