import { Fragment, type ReactNode } from 'react';
import type { FigureCheck, TextSpan } from '../data/story-check/types';

/**
 * The text of `part` (offsets in the whole `text`, as the story check gives its figures' spans),
 * with each figure that lies wholly inside it rendered by `mark`, which is given the figure's
 * index among all `figures` (for its number). Everything is React text: markup in the text is
 * shown as written, never run. Shared by "Check a story", which marks a pasted text whole, and
 * the story panel, which shows its story part by part (headline, paragraphs).
 */
export function markFigures(
  text: string,
  figures: readonly FigureCheck[],
  part: TextSpan,
  mark: (check: FigureCheck, index: number) => ReactNode,
): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = part.start;
  figures.forEach((check, i) => {
    const { start, end } = check.figure.span;
    // Before the part, overlapping the figure before, or past the part: not marked here.
    if (start < at || end > part.end) return;
    parts.push(text.slice(at, start));
    parts.push(<Fragment key={`${start}:${end}`}>{mark(check, i)}</Fragment>);
    at = end;
  });
  parts.push(text.slice(at, part.end));
  return parts;
}
