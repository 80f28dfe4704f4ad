/**
 * Where the parts of the story the panel shows lie in its plain text. They are spans of the whole
 * text, as the story check (src/data/story-check) gives the spans of the figures it finds, so the
 * interface marks each figure where the check found it, and never treats the text as HTML.
 */
import type { ArticleMeta } from './article';
import type { TextSpan } from './story-check/types';

/** The reader comments block of the source page begins here; it is not part of the story. */
const END_OF_STORY = 'About The Author';

export interface StoryParts {
  /** The headline where the text first states it; null if it does not. */
  readonly headline: TextSpan | null;
  /** The story's body paragraphs, in order. */
  readonly paragraphs: readonly TextSpan[];
}

/**
 * The headline and the body paragraphs of the story's text, each without the spaces around it.
 * Left out: the headline's repeat (the source page states it twice, as the page's title and as
 * the story's heading; the panel shows it once), the dateline and the photo caption (shown
 * apart, in the panel's footer), and the comment form that followed the story on the source page.
 */
export function storyParts(text: string, meta: ArticleMeta): StoryParts {
  let headline: TextSpan | null = null;
  const paragraphs: TextSpan[] = [];
  let lineStart = 0;
  for (const raw of text.split('\n')) {
    const start = lineStart + (raw.length - raw.trimStart().length);
    const line = raw.trim();
    const span = { start, end: start + line.length };
    lineStart += raw.length + 1;
    if (line === END_OF_STORY) break;
    if (line === meta.headline) headline ??= span;
    else if (line !== '' && line !== meta.dateline && !line.startsWith(meta.photoCaption)) {
      paragraphs.push(span);
    }
  }
  return { headline, paragraphs };
}
