/**
 * Paragraphs, sentences and clauses of a text, as spans. They bound what belongs to a figure: the
 * words that say what it counts are looked for in its clause, the place it is about in its clause,
 * then its sentence, then its paragraph.
 *
 * Every line is a paragraph (text pasted from a web page keeps one paragraph a line), and so is
 * what a block tag of pasted markup (<p>, <br>, <li>) separates. A sentence
 * ends at . ! ? or … followed by a space and a capital, a digit or a quote, unless the word before
 * the full stop is an abbreviation ("St.", "г.") or an initial ("В. Путин"); "тыс." and "млн."
 * before a capital end a sentence, as they do in reports ("... 1,7 тыс. Всего ..."). A clause ends
 * at a comma (not one between digits: "11,231"), a semicolon, a bracket, or a conjunction
 * ("and", "but", "while", "и", "а", "но") between words.
 */
import type { TextSpan } from './types';

export interface Sentence {
  readonly span: TextSpan;
  /** Index of its paragraph (line) in the text. */
  readonly paragraph: number;
  readonly clauses: readonly TextSpan[];
}

/** Words before a full stop that does not end a sentence (folded, without the stop). */
const ABBREVIATIONS = new Set([
  'st',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'г',
  'гг',
  'им',
  'ул',
  'респ',
  'т',
  'т.е',
  'т.к',
  'т.д',
  'т.п',
  'с.-петербург',
]);

const CONJUNCTIONS = /^(?:and|but|while|whereas|и|а|но)$/;
const END_MARKS = '.!?…';

export function splitSentences(original: string, folded: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= folded.length) {
    let lineEnd = folded.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = folded.length;
    for (const block of blocksOfLine(folded, lineStart, lineEnd)) {
      if (folded.slice(block.start, block.end).trim() === '') continue;
      for (const span of sentencesOfLine(original, folded, block.start, block.end)) {
        sentences.push({ span, paragraph, clauses: clausesOf(folded, span) });
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/**
 * Markup pasted with a text: a block element's tag (<p>, <br>, <li>, <script>...) ends a
 * paragraph, as it does on the page it came from; inline tags (<b>, <a>) are just text.
 */
const BLOCK_TAG =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|script|style|tr|td|th|table|section|article|header|footer|title|head|body|html|blockquote|pre)(?![\p{L}\p{N}])[^<>]{0,200}>/gu;

function blocksOfLine(folded: string, start: number, end: number): TextSpan[] {
  const line = folded.slice(start, end);
  if (!line.includes('<')) return [{ start, end }];
  const blocks: TextSpan[] = [];
  let blockStart = start;
  for (const tag of line.matchAll(BLOCK_TAG)) {
    blocks.push({ start: blockStart, end: start + tag.index });
    blockStart = start + tag.index + tag[0].length;
  }
  blocks.push({ start: blockStart, end });
  return blocks;
}

function sentencesOfLine(original: string, folded: string, start: number, end: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    if (!END_MARKS.includes(folded[i] as string)) continue;
    let next = i + 1;
    while (next < end && END_MARKS.includes(folded[next] as string)) next++;
    let afterSpace = next;
    while (afterSpace < end && /\s/.test(folded[afterSpace] as string)) afterSpace++;
    const ends =
      afterSpace > next &&
      afterSpace < end &&
      startsSentence(original[afterSpace] as string) &&
      !(folded[i] === '.' && isAbbreviation(original, folded, sentenceStart, i));
    if (!ends) {
      i = next - 1; // past the whole run of marks: "......" is read once, not once a mark
      continue;
    }
    spans.push({ start: sentenceStart, end: next });
    sentenceStart = afterSpace;
    i = afterSpace - 1;
  }
  if (sentenceStart < end) spans.push({ start: sentenceStart, end });
  return spans;
}

function startsSentence(c: string): boolean {
  return /[\p{Lu}\d"«“'(—–-]/u.test(c);
}

/** True when the word before the full stop at `dot` is an abbreviation or an initial. */
function isAbbreviation(original: string, folded: string, from: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > from && /[\p{L}.-]/u.test(folded[wordStart - 1] as string)) wordStart--;
  const word = folded.slice(wordStart, dot);
  if (ABBREVIATIONS.has(word)) return true;
  // An initial: one capital letter ("В. Путин", "J. Smith").
  return word.length === 1 && /\p{Lu}/u.test(original[wordStart] as string);
}

function clausesOf(folded: string, sentence: TextSpan): TextSpan[] {
  const clauses: TextSpan[] = [];
  let clauseStart = sentence.start;
  const cut = (at: number, resume: number) => {
    if (at > clauseStart) clauses.push({ start: clauseStart, end: at });
    clauseStart = resume;
  };
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = folded[i] as string;
    if (c === ',' && !(isDigit(folded[i - 1]) && isDigit(folded[i + 1]))) cut(i, i + 1);
    else if (c === ';' || c === '(' || c === ')') cut(i, i + 1);
    else if (c === ' ' && i > clauseStart) {
      const wordEnd = folded.indexOf(' ', i + 1);
      if (wordEnd < 0 || wordEnd > sentence.end) continue;
      if (CONJUNCTIONS.test(folded.slice(i + 1, wordEnd))) cut(i, wordEnd + 1);
    }
  }
  cut(sentence.end, sentence.end);
  return clauses;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The clause of `sentence` that holds `offset` (the last one when none does). */
export function clauseAt(sentence: Sentence, offset: number): TextSpan {
  for (const clause of sentence.clauses) {
    if (offset >= clause.start && offset < clause.end) return clause;
  }
  return sentence.clauses[sentence.clauses.length - 1] ?? sentence.span;
}

/** The sentence that holds `offset`, by binary search over sentences in text order. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as Sentence;
    if (offset < sentence.span.start) high = middle - 1;
    else if (offset >= sentence.span.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}
