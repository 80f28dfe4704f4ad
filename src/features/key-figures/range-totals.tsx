import { memo, useMemo } from 'react';
import { Skeleton } from '../../components/skeleton';
import { type Dataset, DEFAULT_RUN_THRESHOLD } from '../../data/dataset';
import { formatCount, formatValue, type Measure } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import { type RangeSummary, summariseRange } from '../../data/range';
import { m } from '../../i18n/messages';

interface RangeTotalsProps {
  /** null while the data loads: the box keeps its final layout with placeholders. */
  readonly dataset: Dataset | null;
  readonly range: { readonly from: IsoDate; readonly to: IsoDate } | null;
}

/** The figures of the box, each with its value; a value of null draws a placeholder. */
function totals(summary: RangeSummary | null, measure: Measure) {
  const value = (n: number) => formatValue(n, measure);
  const sum = (n: number | null) => (n === null ? m().common.notReportedLower : value(n));
  // With no figure for any day, how many days were above the threshold is not known either.
  const nothingKnown = summary !== null && summary.newCases === null;
  const threshold = summary?.threshold ?? DEFAULT_RUN_THRESHOLD;
  const t = m().keyFigures;
  return [
    {
      label: t.rangeCases,
      testId: 'range-cases',
      value: summary ? sum(summary.newCases) : null,
    },
    {
      label: t.rangeDeaths,
      testId: 'range-deaths',
      value: summary ? sum(summary.newDeaths) : null,
    },
    {
      label: t.rangePeak,
      testId: undefined,
      value: !summary ? null : summary.peakNewCases ? (
        <>
          {value(summary.peakNewCases.value)}{' '}
          <span className="range-totals__note">{t.rangePeakDate(summary.peakNewCases.date)}</span>
        </>
      ) : (
        m().common.notReportedLower
      ),
    },
    {
      label: t.rangeDaysAbove(threshold, measure),
      testId: undefined,
      value: !summary ? null : nothingKnown ? (
        m().common.notReportedLower
      ) : (
        <>
          {formatCount(summary.daysAboveThreshold)}
          {summary.longestRunAboveThreshold > 1 ? (
            <span className="range-totals__note">
              {' '}
              {t.rangeLongestRun(summary.longestRunAboveThreshold)}
            </span>
          ) : null}
        </>
      ),
    },
  ];
}

/**
 * What the reports within the dates shown add up to. While the data loads, the same box is drawn
 * with placeholders, so nothing moves when it arrives.
 */
export const RangeTotals = memo(function RangeTotals({ dataset, range }: RangeTotalsProps) {
  const summary = useMemo(
    () => (dataset && range ? summariseRange(dataset, range) : null),
    [dataset, range],
  );
  const t = m().keyFigures;
  return (
    <section
      className="panel panel--muted range-totals"
      aria-label={t.rangeTotals}
      aria-busy={!summary}
    >
      <p className="range-totals__period">
        {summary ? (
          t.rangePeriod(summary.firstDate, summary.lastDate, summary.dayCount)
        ) : (
          <Skeleton height="1.5em" width="60%" />
        )}
      </p>
      <dl className="range-totals__figures">
        {totals(summary, dataset?.measure ?? 'count').map(({ label, testId, value }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{value ?? <Skeleton height="1.4em" width="6rem" />}</dd>
          </div>
        ))}
      </dl>
      {summary && summary.daysWithoutNewCases > 0 ? (
        <p className="range-totals__note">{t.rangeDaysWithout(summary.daysWithoutNewCases)}</p>
      ) : null}
    </section>
  );
});
