import { memo, type ReactNode } from 'react';
import type { FigureCheck } from '../../data/story-check/types';
import { m } from '../../i18n/messages';

/**
 * The text as pasted, with each figure found marked by its verdict. Everything is React text:
 * markup in the paste is shown as written, never run.
 */
export const MarkedText = memo(function MarkedText({
  text,
  figures,
}: {
  text: string;
  figures: readonly FigureCheck[];
}) {
  const t = m().storyCheck;
  const parts: ReactNode[] = [];
  let at = 0;
  figures.forEach((check, i) => {
    const { start, end } = check.figure.span;
    if (start < at || end > text.length) return; // overlapping or outside: leave it unmarked
    parts.push(text.slice(at, start));
    parts.push(
      <mark
        key={`${start}:${end}`}
        className={`story-mark story-mark--${check.verdict}`}
        data-verdict={check.verdict}
      >
        {text.slice(start, end)}
        <sup className="story-mark__number">
          {i + 1}
          <span className="visually-hidden"> ({t.verdicts[check.verdict]})</span>
        </sup>
      </mark>,
    );
    at = end;
  });
  parts.push(text.slice(at));
  return (
    // A scrolling box must be reachable by keyboard to be scrolled without a mouse.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <section className="story-text" tabIndex={0} aria-label={t.textHeading}>
      {parts}
    </section>
  );
});
