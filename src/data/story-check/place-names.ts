/**
 * The names a text may call a place by, built from the regions' catalogue (English and Russian
 * names, data/regions/catalogue.json) and a short list of the other names news reports use
 * ("Подмосковье", "Kuban", "Chechnya"), plus Russia itself and the foreign places a report about
 * Russia tends to mention (whose figures are not in the data).
 *
 * A name is a sequence of words, each matched in any case form (russian-inflection.ts). A name made
 * only of adjectives ("Московская область", "Sverdlovsk Oblast") matches only next to its kind of
 * region ("области", "обл.", "region", "Oblast"): "московские врачи" are Moscow's doctors, not
 * Moscow Oblast's, and "Krasnodar" alone is the city. A noun name ("Москва", "Татарстан",
 * "Crimea") matches on its own.
 */
import type { Region } from '../regions-file';
import { type PlaceCode, RUSSIA } from '../series';
import { formsOf, isAdjective, type WordForms } from './russian-inflection';

/** What a catalogue entry must give: its code and its two names. */
export type RegionName = Pick<Region, 'code' | 'nameEn' | 'nameRu'>;

/** The kinds of region a name that is an adjective must stand next to. */
export type RegionKind = 'oblast' | 'krai' | 'okrug' | 'republic';

export type PlaceTarget =
  | { readonly kind: 'place'; readonly code: PlaceCode }
  | { readonly kind: 'foreign' };

export interface PlaceName {
  readonly target: PlaceTarget;
  readonly words: readonly WordForms[];
  /** Set for adjective names: the kind of region that must follow within two words. */
  readonly needsKind: RegionKind | null;
}

/** Words that name a kind of region, in both languages, and the kind. */
const KIND_WORDS: readonly [RegionKind, readonly string[]][] = [
  ['oblast', ['область', 'обл', 'oblast', 'region', 'province']],
  ['krai', ['край', 'krai', 'kray', 'territory', 'region']],
  ['okrug', ['округ', 'ао', 'okrug', 'district', 'region', 'area']],
  ['republic', ['республика', 'респ', 'republic']],
];

/** Words of a catalogue name that say what kind of region it is, not which. */
const KIND_OR_FILLER = new Set([
  'республика',
  'область',
  'край',
  'округ',
  'автономный',
  'автономная',
  'republic',
  'oblast',
  'krai',
  'okrug',
  'autonomous',
  'of',
  'the',
]);

/** Other names, in the forms reports use; each word declines as the rules of its nominative. */
const ALIASES: readonly [string, readonly string[]][] = [
  // "в столице": Moscow, as Russian reports call it.
  ['RU-MOW', ['столица']],
  ['RU-MOS', ['подмосковье']],
  ['RU-SPE', ['петербург', 'питер', 'спб', 'petersburg']],
  ['RU-LEN', ['ленобласть']],
  ['RU-KDA', ['кубань', 'kuban']],
  ['RU-KHM', ['югра', 'хмао', 'yugra']],
  ['RU-YAN', ['ямал', 'янао', 'yamal']],
  ['RU-CE', ['чечня', 'chechnya']],
  ['RU-BA', ['башкирия', 'bashkiria']],
  ['RU-UD', ['удмуртия', 'udmurtia']],
  ['RU-CU', ['чувашия', 'chuvashia']],
  ['RU-SE', ['north ossetia']],
  ['RU-KB', ['кабардино-балкария', 'kabardino-balkaria']],
  ['RU-KC', ['карачаево-черкесия', 'karachay-cherkessia']],
  ['RU-TY', ['тува', 'tuva', 'tyva']],
  ['RU-KO', ['komi']],
  ['RU-ME', ['mari el']],
  ['RU-KEM', ['кузбасс', 'kuzbass']],
  ['RU-PER', ['прикамье']],
  ['RU-PRI', ['приморье', 'primorye']],
  ['RU-ZAB', ['забайкалье', 'zabaykalye']],
  ['RU-STA', ['ставрополье']],
  ['RU-KAM', ['камчатка', 'kamchatka']],
  ['RU-CHU', ['чукотка', 'chukotka']],
  ['RU-YEV', ['еао']],
];

/** Names of Russia as a whole, and phrases that mean "the whole country". */
const RUSSIA_NAMES = [
  'россия',
  'рф',
  'россиян',
  'по стране',
  'в стране',
  'в целом по стране',
  'russia',
  'russian federation',
  'national',
  'nationwide',
  'countrywide',
  'across the country',
  'in the country',
];

/** Places whose figures the data does not hold. */
const FOREIGN_NAMES = [
  'сша',
  'америка',
  'китай',
  'италия',
  'испания',
  'бразилия',
  'индия',
  'великобритания',
  'германия',
  'франция',
  'украина',
  'белоруссия',
  'беларусь',
  'казахстан',
  'япония',
  'в мире',
  'united states',
  'america',
  'china',
  'italy',
  'spain',
  'brazil',
  'india',
  'britain',
  'united kingdom',
  'germany',
  'france',
  'ukraine',
  'belarus',
  'kazakhstan',
  'japan',
  'worldwide',
  'globally',
  'in the world',
  'around the world',
];

/**
 * "Республика Алтай" is a noun name, but "на Алтае" in the news is as often Altai Krai: the
 * republic is matched only next to its kind.
 */
const NEEDS_KIND_ALWAYS: Readonly<Record<string, RegionKind>> = { 'RU-AL': 'republic' };

/** Builds the list of names once per catalogue (checkStory keeps it per catalogue array). */
export function placeNames(regions: readonly RegionName[]): readonly PlaceName[] {
  const names: PlaceName[] = [];
  for (const region of regions) {
    for (const catalogueName of [region.nameRu, region.nameEn]) {
      for (const part of catalogueName.split(/\s+[—–-]\s+|[()]/)) {
        const name = catalogueNamePart(region.code, part);
        if (name) names.push(name);
      }
    }
  }
  for (const [code, aliases] of ALIASES) {
    for (const alias of aliases)
      names.push(plainName({ kind: 'place', code: code as PlaceCode }, alias));
  }
  for (const name of RUSSIA_NAMES) names.push(plainName({ kind: 'place', code: RUSSIA }, name));
  for (const name of FOREIGN_NAMES) names.push(plainName({ kind: 'foreign' }, name));
  return names;
}

function plainName(target: PlaceTarget, text: string): PlaceName {
  return { target, words: text.split(' ').map(formsOf), needsKind: null };
}

/** One part of a catalogue name ("Ханты-Мансийский автономный округ", "Югра"). */
function catalogueNamePart(code: PlaceCode, part: string): PlaceName | null {
  const all = part.toLowerCase().replaceAll('ё', 'е').trim().split(/\s+/).filter(Boolean);
  const keys = all.filter((word) => !KIND_OR_FILLER.has(word));
  if (keys.length === 0) return null;
  const kind = kindNamed(all);
  const english = /^[a-z]/.test(keys[0] as string);
  // English: "X Oblast", "X Republic" need their kind ("Republic of X" does not); Russian: a name
  // of adjectives only does.
  const kindAfterKey = english && kind !== null && all.indexOf(keys[0] as string) === 0;
  const onlyAdjectives = !english && keys.every(isAdjective);
  const needsKind =
    NEEDS_KIND_ALWAYS[code] ?? (kindAfterKey || onlyAdjectives ? (kind ?? 'oblast') : null);
  return { target: { kind: 'place', code }, words: keys.map(formsOf), needsKind };
}

function kindNamed(words: readonly string[]): RegionKind | null {
  for (const word of words) {
    for (const [kind, kindWords] of KIND_WORDS) {
      if (kindWords.includes(word)) return kind;
    }
  }
  return null;
}

/** The forms of the words that name each kind of region ("области", "краю", "Oblast"). */
export const KIND_FORMS: readonly [RegionKind, readonly WordForms[]][] = KIND_WORDS.map(
  ([kind, words]) => [kind, words.map(formsOf)],
);
