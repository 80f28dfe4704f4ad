/**
 * Turns the story's plain text into paragraphs with its claims located in them, so the interface
 * can mark each figure without ever treating the text as HTML.
 */
import type { ArticleClaim, ArticleMeta } from './article';

/** The reader comments block of the source page begins here; it is not part of the story. */
const END_OF_STORY = 'About The Author';

/**
 * The story's body paragraphs: the text without its headline, dateline and photo caption (shown
 * separately) and without the comment form that followed it on the source page.
 */
export function articleParagraphs(text: string, meta: ArticleMeta): string[] {
  const paragraphs: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === END_OF_STORY) break;
    if (line === '' || line === meta.headline || line === meta.dateline) continue;
    if (line.startsWith(meta.photoCaption)) continue;
    paragraphs.push(line);
  }
  return paragraphs;
}

/** A piece of a paragraph; `start` is its offset in the paragraph (unique, so a usable key). */
export type TextSegment =
  | { readonly kind: 'text'; readonly start: number; readonly text: string }
  | {
      readonly kind: 'claim';
      readonly start: number;
      readonly text: string;
      readonly claim: ArticleClaim;
    };

/**
 * Splits a paragraph into plain text and the figures of the claims it states. A claim is located
 * by its quote (so a figure that appears twice is marked only where the claim is made), and the
 * mark covers the claim's figure within that quote.
 */
export function segmentParagraph(
  paragraph: string,
  claims: readonly ArticleClaim[],
): TextSegment[] {
  const marks = claims
    .map((claim) => {
      const quoteAt = paragraph.indexOf(claim.quote);
      const figureInQuote = claim.quote.indexOf(claim.figure);
      return quoteAt < 0 || figureInQuote < 0
        ? null
        : {
            claim,
            start: quoteAt + figureInQuote,
            end: quoteAt + figureInQuote + claim.figure.length,
          };
    })
    .filter((mark) => mark !== null)
    .sort((a, b) => a.start - b.start);

  const segments: TextSegment[] = [];
  let position = 0;
  for (const mark of marks) {
    if (mark.start < position) continue; // overlapping quotes: the first one wins
    if (mark.start > position) {
      segments.push({ kind: 'text', start: position, text: paragraph.slice(position, mark.start) });
    }
    segments.push({
      kind: 'claim',
      start: mark.start,
      text: paragraph.slice(mark.start, mark.end),
      claim: mark.claim,
    });
    position = mark.end;
  }
  if (position < paragraph.length) {
    segments.push({ kind: 'text', start: position, text: paragraph.slice(position) });
  }
  return segments;
}
