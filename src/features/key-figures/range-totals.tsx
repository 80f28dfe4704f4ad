import { memo, useMemo } from 'react';
import { Skeleton } from '../../components/skeleton';
import type { Dataset } from '../../data/dataset';
import { formatCount, formatDate, formatDateRange } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import { summariseRange } from '../../data/range';

interface RangeTotalsProps {
  /** null while the data loads: the box keeps its final layout with placeholders. */
  readonly dataset: Dataset | null;
  readonly range: { readonly from: IsoDate; readonly to: IsoDate } | null;
}

const FIGURE_LABELS = [
  'Cases in these reports',
  'Deaths in these reports',
  'Most new cases in a day',
  'Days above 10,000 new cases',
];

/** What the reports within the dates shown add up to. */
export const RangeTotals = memo(function RangeTotals({ dataset, range }: RangeTotalsProps) {
  const summary = useMemo(
    () => (dataset && range ? summariseRange(dataset, range) : null),
    [dataset, range],
  );
  if (!summary) {
    return (
      <section className="range-totals" aria-label="Totals for the dates shown" aria-busy="true">
        <p className="range-totals__period">
          <Skeleton height="1.5em" width="60%" />
        </p>
        <dl className="range-totals__figures">
          {FIGURE_LABELS.map((label) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                <Skeleton height="1.4em" width="6rem" />
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }
  return (
    <section className="range-totals" aria-label="Totals for the dates shown">
      <p className="range-totals__period">
        Reported from {formatDateRange(summary.firstDate, summary.lastDate)} (
        {formatCount(summary.dayCount)} {summary.dayCount === 1 ? 'report' : 'reports'})
      </p>
      <dl className="range-totals__figures">
        <div>
          <dt>Cases in these reports</dt>
          <dd data-testid="range-cases">{formatCount(summary.newCases)}</dd>
        </div>
        <div>
          <dt>Deaths in these reports</dt>
          <dd data-testid="range-deaths">{formatCount(summary.newDeaths)}</dd>
        </div>
        {summary.peakNewCases ? (
          <div>
            <dt>Most new cases in a day</dt>
            <dd>
              {formatCount(summary.peakNewCases.value)}{' '}
              <span className="range-totals__note">on {formatDate(summary.peakNewCases.date)}</span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Days above {formatCount(summary.threshold)} new cases</dt>
          <dd>
            {formatCount(summary.daysAboveThreshold)}
            {summary.longestRunAboveThreshold > 1 ? (
              <span className="range-totals__note">
                {' '}
                (longest run {formatCount(summary.longestRunAboveThreshold)})
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      {summary.daysWithoutNewCases > 0 ? (
        <p className="range-totals__note">
          {formatCount(summary.daysWithoutNewCases)} of these days have no figure for new cases; the
          totals leave them out.
        </p>
      ) : null}
    </section>
  );
});
