import './corrections.css';
import { memo, useMemo } from 'react';
import { Skeleton } from '../../components/skeleton';
import { type CorrectionEntry, correctionsOf, countCorrections } from '../../data/corrections';
import type { Dataset } from '../../data/dataset';
import { formatDate, formatDateRange } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { SourceId } from '../../data/series';
import { m } from '../../i18n/messages';

interface CorrectionsListProps {
  readonly dataset: Dataset | null;
  readonly source: SourceId;
  readonly placeName: string;
  readonly onFocusDate: (date: IsoDate) => void;
}

/**
 * Every day of the series shown whose figures are missing or do not add up, with what the data
 * says and a button that shows that report in the key figures and charts.
 */
export const CorrectionsList = memo(function CorrectionsList({
  dataset,
  source,
  placeName,
  onFocusDate,
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
            <CorrectionItem key={keyOf(entry)} entry={entry} onFocusDate={onFocusDate} />
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
  onFocusDate,
}: {
  entry: CorrectionEntry;
  onFocusDate: (date: IsoDate) => void;
}) {
  const date = entry.kind === 'missing-reports' ? entry.from : entry.date;
  return (
    <li className={`corrections__item corrections__item--${entry.kind}`}>
      <button type="button" className="button button--link" onClick={() => onFocusDate(date)}>
        <time dateTime={date}>
          {entry.kind === 'missing-reports'
            ? formatDateRange(entry.from, entry.to)
            : formatDate(entry.date)}
        </time>
      </button>{' '}
      {entry.kind === 'missing-reports'
        ? m().corrections.missingReports(entry.days)
        : entry.flags.map(m().common.describeFlag).join(' ')}
    </li>
  );
}
