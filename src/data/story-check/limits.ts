/**
 * How much of a text the engine reads. A pasted story is a few thousand characters; these bounds
 * keep a hostile paste (a megabyte of text, a page of digits) to a quick answer, and the result
 * says when they cut it short.
 */

/** Characters read from the start of the text; the rest is ignored, and the result says so. */
export const MAX_TEXT_LENGTH = 100_000;

/** How far back from the limit a cut may move to fall between words. */
const CUT_SLACK = 200;

/**
 * The part of `text` the engine reads: all of it, or up to MAX_TEXT_LENGTH characters, cut at
 * the last white space before the limit (within CUT_SLACK) so that no number is read in half
 * ("11,2" of "11,231").
 */
export function readablePart(text: string): string {
  if (text.length <= MAX_TEXT_LENGTH) return text;
  const tail = text.slice(MAX_TEXT_LENGTH - CUT_SLACK, MAX_TEXT_LENGTH + 1);
  const lastSpace = tail.search(/\s\S*$/);
  return text.slice(0, lastSpace < 0 ? MAX_TEXT_LENGTH : MAX_TEXT_LENGTH - CUT_SLACK + lastSpace);
}

/**
 * Figures checked in one text. A news story states a few dozen at most; past this many, each
 * further figure is reported as not checked ("too-many-figures") rather than slowing the page.
 */
export const MAX_FIGURES = 500;

/** Figures used to choose the report date (each is tried against every report). */
export const MAX_FIGURES_FOR_DATING = 60;
