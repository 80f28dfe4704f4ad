import { memo } from 'react';
import { markFigures } from '../../components/mark-figures';
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
  return (
    // A scrolling box must be reachable by keyboard to be scrolled without a mouse.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <section className="story-text" tabIndex={0} aria-label={t.textHeading}>
      {markFigures(text, figures, { start: 0, end: text.length }, (check, i) => (
        <mark
          className={`story-mark story-mark--${check.verdict}`}
          data-verdict={check.verdict}
          data-report-date={check.reportDate ?? undefined}
        >
          {text.slice(check.figure.span.start, check.figure.span.end)}
          <sup className="story-mark__number">
            {i + 1}
            <span className="visually-hidden"> ({t.verdicts[check.verdict]})</span>
          </sup>
        </mark>
      ))}
    </section>
  );
});
