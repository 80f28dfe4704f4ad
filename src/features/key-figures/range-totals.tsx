import { memo, useMemo } from 'react';
import type { Dataset } from '../../data/dataset';
import { formatCount, formatDate, formatDateRange } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import { summariseRange } from '../../data/range';

interface RangeTotalsProps {
  readonly dataset: Dataset;
  readonly range: { readonly from: IsoDate; readonly to: IsoDate };
}

/** What the reports within the dates shown add up to. */
export const RangeTotals = memo(function RangeTotals({ dataset, range }: RangeTotalsProps) {
  const summary = useMemo(() => summariseRange(dataset, range), [dataset, range]);
  if (!summary) return null;
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
