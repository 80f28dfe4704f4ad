import './corrections.css';
import { memo, type ReactNode, useMemo } from 'react';
import { followInPlace } from '../../components/follow-in-place';
import { Skeleton } from '../../components/skeleton';
import { type CorrectionEntry, correctionsOf, countCorrections } from '../../data/corrections';
import type { Dataset } from '../../data/dataset';
import { formatDate, formatDateRange } from '../../data/format';
import { addDays, type IsoDate } from '../../data/iso-date';
import type { SourceId } from '../../data/series';
import { m } from '../../i18n/messages';

interface CorrectionsListProps {
  readonly dataset: Dataset | null;
  readonly source: SourceId;
  readonly placeName: string;
  readonly onFocusDate: (date: IsoDate) => void;
  /** The address of this view focused on `date`: each day's link. */
  readonly hrefForDate: (date: IsoDate) => string;
}

/**
 * Every day of the series shown whose figures are missing or do not add up, with what the data
 * says and a link to each such day, which shows its report in the key figures and charts (a real
 * link: it opens in a new tab or is copied like any other). A run of missing days is one entry,
 * with a link for each of its days.
 */
export const CorrectionsList = memo(function CorrectionsList({
  dataset,
  source,
  placeName,
  onFocusDate,
  hrefForDate,
}: CorrectionsListProps) {
  const entries = useMemo(() => (dataset ? correctionsOf(dataset) : null), [dataset]);
  if (!entries) return <Skeleton height="6rem" />;
  const { missingDays, flaggedDays } = countCorrections(entries);
  return (
    <div className="panel corrections">
      <p>
        {m().corrections.summary(
          m().page.sources[source].name,
          placeName,
          missingDays,
          flaggedDays,
        )}
      </p>
      {entries.length > 0 ? (
        <ul className="corrections__list">
          {entries.map((entry) => (
            <CorrectionItem
              key={keyOf(entry)}
              entry={entry}
              dayLink={(date, label) => (
                <a href={hrefForDate(date)} onClick={followInPlace(() => onFocusDate(date))}>
                  <time dateTime={date}>{label}</time>
                </a>
              )}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
});

function keyOf(entry: CorrectionEntry): string {
  return entry.kind === 'missing-reports' ? entry.from : entry.date;
}

function CorrectionItem({
  entry,
  dayLink,
}: {
  entry: CorrectionEntry;
  dayLink: (date: IsoDate, label: string) => ReactNode;
}) {
  if (entry.kind !== 'missing-reports') {
    return (
      <li className={`corrections__item corrections__item--${entry.kind}`}>
        {dayLink(entry.date, formatDate(entry.date))}{' '}
        {entry.flags.map(m().common.describeFlag).join(' ')}
      </li>
    );
  }
  const days = entry.days > 1 ? datesFrom(entry.from, entry.days) : [];
  return (
    <li className="corrections__item corrections__item--missing-reports">
      {/* A run's own label is text: each of its days has a link below. */}
      {entry.days > 1 ? (
        <time dateTime={entry.from}>{formatDateRange(entry.from, entry.to)}</time>
      ) : (
        dayLink(entry.from, formatDate(entry.from))
      )}{' '}
      {m().corrections.missingReports(entry.days)}
      {days.length > 0 ? (
        <ul className="corrections__days" aria-label={m().corrections.eachDay}>
          {days.map((date) => (
            <li key={date}>{dayLink(date, formatDate(date))}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** `count` consecutive dates from `first`. */
function datesFrom(first: IsoDate, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}
