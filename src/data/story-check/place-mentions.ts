/**
 * Where a text names a place: each mention of a region (in any case form), of Russia as a whole,
 * or of a foreign place, with its span. Where two names overlap, the one that starts first wins,
 * then the more specific ("Moscow region" over "Moscow"), then the longer ("Nizhny Novgorod
 * region" over "Novgorod region").
 */
import { KIND_FORMS, type PlaceName, type PlaceTarget, type RegionKind } from './place-names';
import { matchesForms, stemCandidates } from './russian-inflection';
import type { TextSpan } from './types';
import type { Word } from './words';

export interface PlaceMention extends TextSpan {
  readonly target: PlaceTarget;
  /** Written as a possessive ("Russia's second city"): it names the owner of something else. */
  readonly possessive: boolean;
}

/** Names by the stem of their first word, to look each word of a text up once. */
export type PlaceIndex = ReadonlyMap<string, readonly PlaceName[]>;

export function indexPlaceNames(names: readonly PlaceName[]): PlaceIndex {
  const index = new Map<string, PlaceName[]>();
  for (const name of names) {
    const first = name.words[0];
    if (!first) continue;
    const list = index.get(first.stem);
    if (list) list.push(name);
    else index.set(first.stem, [name]);
  }
  return index;
}

export function findPlaceMentions(words: readonly Word[], index: PlaceIndex): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const match = bestNameAt(words, i, index);
    if (!match) continue;
    const last = words[i + match.name.words.length - 1] as Word;
    mentions.push({
      start: (words[i] as Word).start,
      end: last.end,
      target: match.name.target,
      possessive: last.end - last.start !== last.text.length,
    });
    i += match.name.words.length - 1;
  }
  return mentions;
}

function bestNameAt(
  words: readonly Word[],
  i: number,
  index: PlaceIndex,
): { name: PlaceName; specific: boolean } | null {
  const word = (words[i] as Word).text;
  let best: { name: PlaceName; specific: boolean } | null = null;
  for (const stem of stemCandidates(word)) {
    for (const name of index.get(stem) ?? []) {
      if (!nameMatchesAt(words, i, name)) continue;
      const specific = name.needsKind !== null;
      if (specific && !kindNear(words, i, name.words.length, name.needsKind as RegionKind))
        continue;
      const better =
        !best ||
        (specific && !best.specific) ||
        (specific === best.specific && name.words.length > best.name.words.length);
      if (better) best = { name, specific };
    }
  }
  return best;
}

function nameMatchesAt(words: readonly Word[], i: number, name: PlaceName): boolean {
  return name.words.every((forms, j) => {
    const word = words[i + j];
    return word !== undefined && matchesForms(word.text, forms);
  });
}

/** A word naming `kind` within two words after the name, or right before it. */
function kindNear(words: readonly Word[], i: number, length: number, kind: RegionKind): boolean {
  const forms = KIND_FORMS.find(([k]) => k === kind)?.[1] ?? [];
  const candidates = [words[i + length], words[i + length + 1], words[i - 1]];
  return candidates.some(
    (word) => word !== undefined && forms.some((form) => matchesForms(word.text, form)),
  );
}
