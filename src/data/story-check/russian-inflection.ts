/**
 * Matching a Russian name in any grammatical case: "Москва" in "в Москве", "Москвы", "Москву";
 * "Московская область" in "в Московской области"; "Санкт-Петербург" in "Санкт-Петербурга".
 *
 * The approach is a stem and the set of endings the word can take, read off the name's
 * nominative form, rather than a general stemmer: region names are a closed list, and a stem with
 * a closed set of endings cannot match a longer unrelated word the way a bare prefix would
 * ("Крым" matches "Крыму" and "Крымом", not "Крымский мост").
 *
 *   adjective (-ая -яя -ий -ый -ой -ое -ее): stem without the two letters, any adjective ending
 *   noun in -а (Москва, Тыва):     а ы и е у ой ою
 *   noun in -я (Якутия, Чечня):    я и е ю ей ею
 *   noun in -й (Алтай):            й я ю е ем
 *   noun in -ь (Кубань, Севастополь): ь и ью я ю е ем
 *   noun in -е, -о (Подмосковье):  е я ю ем о
 *   noun in a consonant (Крым, Татарстан, Санкт-Петербург): nothing, а у е ом ы ов ам ами ах
 *   ending in -и, -у or shorter than four letters (Коми, Марий Эл's "эл"): as written only
 */

export interface WordForms {
  readonly stem: string;
  readonly endings: ReadonlySet<string>;
}

const ADJECTIVE_ENDINGS = new Set([
  'ая',
  'яя',
  'ой',
  'ей',
  'ую',
  'юю',
  'ий',
  'ый',
  'ое',
  'ее',
  'ого',
  'его',
  'ому',
  'ему',
  'ым',
  'им',
  'ом',
  'ем',
  'ые',
  'ие',
  'ых',
  'их',
  'ыми',
  'ими',
]);

const NOUN_ENDINGS: Readonly<Record<string, ReadonlySet<string>>> = {
  а: new Set(['а', 'ы', 'и', 'е', 'у', 'ой', 'ою']),
  я: new Set(['я', 'и', 'е', 'ю', 'ей', 'ею']),
  й: new Set(['й', 'я', 'ю', 'е', 'ем']),
  ь: new Set(['ь', 'и', 'ью', 'я', 'ю', 'е', 'ем']),
  е: new Set(['е', 'я', 'ю', 'ем', 'о']),
  о: new Set(['о', 'а', 'у', 'е', 'ом']),
  consonant: new Set(['', 'а', 'у', 'е', 'ом', 'ы', 'ов', 'ам', 'ами', 'ах']),
};

const AS_WRITTEN: ReadonlySet<string> = new Set(['']);

/** The longest ending of any class: how far `endingsOf` looks back from a word's end. */
export const LONGEST_ENDING = 3;

const ADJECTIVE = /(?:ая|яя|ий|ый|ой|ое|ее)$/;

export function isAdjective(word: string): boolean {
  return word.length >= 5 && ADJECTIVE.test(word);
}

/** The stem and endings of a name's word in the nominative (folded: lower case, ё as е). */
export function formsOf(word: string): WordForms {
  if (isAdjective(word)) return { stem: word.slice(0, -2), endings: ADJECTIVE_ENDINGS };
  const last = word.slice(-1);
  if (!/\p{Script=Cyrillic}/u.test(last)) return { stem: word, endings: AS_WRITTEN };
  const vowelClass = NOUN_ENDINGS[last];
  if (vowelClass) {
    const stem = word.slice(0, -1);
    return stem.length >= 3 ? { stem, endings: vowelClass } : { stem: word, endings: AS_WRITTEN };
  }
  if (last === 'и' || last === 'у' || word.length < 4) return { stem: word, endings: AS_WRITTEN };
  return { stem: word, endings: NOUN_ENDINGS.consonant as ReadonlySet<string> };
}

/** True when `word` is `forms`' stem with one of its endings. */
export function matchesForms(word: string, forms: WordForms): boolean {
  if (!word.startsWith(forms.stem)) return false;
  return forms.endings.has(word.slice(forms.stem.length));
}

/**
 * The ways to cut `word` into a stem and an ending of up to LONGEST_ENDING letters, longest stem
 * first: the keys to look a word up by.
 */
export function stemCandidates(word: string): string[] {
  const stems: string[] = [];
  for (let cut = 0; cut <= LONGEST_ENDING && cut < word.length; cut++) {
    stems.push(word.slice(0, word.length - cut));
  }
  return stems;
}
