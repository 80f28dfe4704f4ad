import type { Ref } from 'react';
import { formatDate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { SourceId } from '../../data/series';
import { m } from '../../i18n/messages';

interface KeyFiguresHeadingProps {
  /** Focused when the reader picks a date elsewhere, so the cards scroll into view. */
  readonly ref?: Ref<HTMLHeadingElement>;
  readonly date: IsoDate | null;
  readonly source: SourceId;
  readonly placeName: string;
}

/** "Key figures: Moscow · report of 7 May 2020 · Official daily reports". */
export function KeyFiguresHeading({ ref, date, source, placeName }: KeyFiguresHeadingProps) {
  const t = m().keyFigures;
  return (
    <h2 id="key-figures-heading" ref={ref} tabIndex={-1}>
      {t.heading(placeName)}
      {date ? (
        <span className="section-date">
          {' '}
          · {t.reportOf} <time dateTime={date}>{formatDate(date)}</time> ·{' '}
          {m().page.sources[source].name}
        </span>
      ) : null}
    </h2>
  );
}
