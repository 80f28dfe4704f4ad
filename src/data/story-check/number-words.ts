/**
 * Numbers written as words, 1 to 99, in English and Russian, as cardinals ("five", "пять",
 * "пяти") and ordinals ("fifth", "пятый", "пятые", "пятого"): the lengths of runs ("the fifth
 * consecutive day", "пятый день подряд", "five days in a row") and the multipliers of scale words
 * ("two million", "полтора миллиона").
 *
 * Russian words change their endings with case and gender; the tables list the cardinal forms,
 * and an ordinal is its stem with any adjective ending (пят-ый, пят-ого, пят-ые...).
 */

export interface WordNumber {
  readonly value: number;
  readonly ordinal: boolean;
  /** How many words it took ("twenty five" is two, "twenty-five" one). */
  readonly words: number;
}

type Part = { readonly value: number; readonly ordinal: boolean; readonly tens: boolean };

const EN_CARDINALS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_ORDINALS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const EN_TENS: readonly [string, string, number][] = [
  ['twenty', 'twentieth', 20],
  ['thirty', 'thirtieth', 30],
  ['forty', 'fortieth', 40],
  ['fifty', 'fiftieth', 50],
  ['sixty', 'sixtieth', 60],
  ['seventy', 'seventieth', 70],
  ['eighty', 'eightieth', 80],
  ['ninety', 'ninetieth', 90],
];

/** Russian cardinals in the cases a count of days takes (nominative, genitive, instrumental). */
const RU_CARDINALS: readonly [number, readonly string[]][] = [
  [1, ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одну', 'одном']],
  [2, ['два', 'две', 'двух', 'двум', 'двумя']],
  [3, ['три', 'трех', 'трем', 'тремя']],
  [4, ['четыре', 'четырех', 'четырем', 'четырьмя']],
  [5, ['пять', 'пяти', 'пятью']],
  [6, ['шесть', 'шести', 'шестью']],
  [7, ['семь', 'семи', 'семью']],
  [8, ['восемь', 'восьми', 'восемью', 'восьмью']],
  [9, ['девять', 'девяти', 'девятью']],
  [10, ['десять', 'десяти', 'десятью']],
  [11, ['одиннадцать', 'одиннадцати', 'одиннадцатью']],
  [12, ['двенадцать', 'двенадцати', 'двенадцатью']],
  [13, ['тринадцать', 'тринадцати', 'тринадцатью']],
  [14, ['четырнадцать', 'четырнадцати', 'четырнадцатью']],
  [15, ['пятнадцать', 'пятнадцати', 'пятнадцатью']],
  [16, ['шестнадцать', 'шестнадцати', 'шестнадцатью']],
  [17, ['семнадцать', 'семнадцати', 'семнадцатью']],
  [18, ['восемнадцать', 'восемнадцати', 'восемнадцатью']],
  [19, ['девятнадцать', 'девятнадцати', 'девятнадцатью']],
  [20, ['двадцать', 'двадцати', 'двадцатью']],
  [30, ['тридцать', 'тридцати', 'тридцатью']],
  [40, ['сорок', 'сорока']],
  [50, ['пятьдесят', 'пятидесяти', 'пятьюдесятью']],
  [60, ['шестьдесят', 'шестидесяти', 'шестьюдесятью']],
  [70, ['семьдесят', 'семидесяти', 'семьюдесятью']],
  [80, ['восемьдесят', 'восьмидесяти', 'восемьюдесятью']],
  [90, ['девяносто', 'девяноста']],
];

/** Russian ordinal stems; an ordinal is a stem and an adjective ending. */
const RU_ORDINAL_STEMS: readonly [number, string][] = [
  [1, 'перв'],
  [2, 'втор'],
  [4, 'четверт'],
  [5, 'пят'],
  [6, 'шест'],
  [7, 'седьм'],
  [8, 'восьм'],
  [9, 'девят'],
  [10, 'десят'],
  [11, 'одиннадцат'],
  [12, 'двенадцат'],
  [13, 'тринадцат'],
  [14, 'четырнадцат'],
  [15, 'пятнадцат'],
  [16, 'шестнадцат'],
  [17, 'семнадцат'],
  [18, 'восемнадцат'],
  [19, 'девятнадцат'],
  [20, 'двадцат'],
  [30, 'тридцат'],
  [40, 'сороков'],
  [50, 'пятидесят'],
  [60, 'шестидесят'],
  [70, 'семидесят'],
  [80, 'восьмидесят'],
  [90, 'девяност'],
];
const RU_ORDINAL_ENDINGS = [
  'ый',
  'ой',
  'ий',
  'ого',
  'ому',
  'ым',
  'ом',
  'ая',
  'ую',
  'ое',
  'ые',
  'ых',
  'ыми',
  'ей',
];
/** "третий" declines like no other. */
const RU_THIRD = [
  'третий',
  'третьего',
  'третьему',
  'третьим',
  'третьем',
  'третья',
  'третью',
  'третьей',
  'третье',
  'третьи',
  'третьих',
  'третьими',
];

/** "полтора миллиона", "полторы тысячи": one and a half, before a scale word only. */
const ONE_AND_A_HALF = ['полтора', 'полторы', 'полутора'];

const PARTS: ReadonlyMap<string, Part> = (() => {
  const parts = new Map<string, Part>();
  const add = (word: string, value: number, ordinal: boolean) =>
    parts.set(word, { value, ordinal, tens: value >= 20 && value % 10 === 0 });
  for (let value = 1; value < EN_CARDINALS.length; value++) {
    add(EN_CARDINALS[value] as string, value, false);
    add(EN_ORDINALS[value] as string, value, true);
  }
  for (const [cardinal, ordinal, value] of EN_TENS) {
    add(cardinal, value, false);
    add(ordinal, value, true);
  }
  for (const [value, forms] of RU_CARDINALS) for (const form of forms) add(form, value, false);
  for (const [value, stem] of RU_ORDINAL_STEMS) {
    for (const ending of RU_ORDINAL_ENDINGS) add(stem + ending, value, true);
  }
  for (const form of RU_THIRD) add(form, 3, true);
  return parts;
})();

/**
 * Reads the number written in words at `words[index]` (folded: lower case, ё as е), taking a
 * second word when the first is a multiple of ten and the second a unit ("twenty five",
 * "двадцать пятый"). Null when the word is not a number.
 */
export function readNumberWords(words: readonly string[], index: number): WordNumber | null {
  const first = words[index];
  if (first === undefined) return null;
  const hyphenated = readHyphenated(first);
  if (hyphenated) return hyphenated;
  const head = PARTS.get(first);
  if (!head) return null;
  const next = words[index + 1];
  const tail = head.tens && !head.ordinal && next !== undefined ? PARTS.get(next) : undefined;
  if (tail && tail.value < 10) {
    return { value: head.value + tail.value, ordinal: tail.ordinal, words: 2 };
  }
  return { value: head.value, ordinal: head.ordinal, words: 1 };
}

/** "twenty-five", "twenty-fifth": one word in the text, two parts. */
function readHyphenated(word: string): WordNumber | null {
  const dash = word.indexOf('-');
  if (dash < 0) return null;
  const head = PARTS.get(word.slice(0, dash));
  const tail = PARTS.get(word.slice(dash + 1));
  if (!head || !tail || !head.tens || head.ordinal || tail.value >= 10) return null;
  return { value: head.value + tail.value, ordinal: tail.ordinal, words: 1 };
}

/** 1.5 for "полтора", "полторы", "полутора"; null for any other word. */
export function oneAndAHalf(word: string): number | null {
  return ONE_AND_A_HALF.includes(word) ? 1.5 : null;
}

/**
 * A run length written in digits: "5", "5th", "5-й", "5-ый", "5-е", "5-го". Null for anything
 * else, and for lengths of more than three digits.
 */
export function readDigitOrdinal(word: string): WordNumber | null {
  const match =
    /^(\d{1,3})(st|nd|rd|th|-?(?:й|ый|ой|ий|е|ые|ое|го|ого|м|ом|я|ая|ю|ую|х|ых))?$/.exec(word);
  if (!match) return null;
  return { value: Number(match[1]), ordinal: match[2] !== undefined, words: 1 };
}
