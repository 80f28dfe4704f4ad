import { memo, useId } from 'react';
import { Skeleton } from '../../components/skeleton';
import { flagsFor } from '../../data/flags';
import {
  formatCount,
  formatDate,
  formatMean,
  formatPercent,
  formatSignedValue,
  formatValue,
  type Measure,
} from '../../data/format';
import type { KeyFigure } from '../../data/key-figures';
import type { Change } from '../../data/range';
import type { SourceId } from '../../data/series';
import { type Messages, m } from '../../i18n/messages';
import type { KeyFigureSpec } from './key-figure-specs';
import { Sparkline } from './sparkline';

/** Another source's figure for the same report date, shown where this source has none. */
export interface AlternativeFigure {
  readonly value: number;
  readonly source: SourceId;
}

interface StatCardProps {
  readonly spec: KeyFigureSpec;
  /** null while the data loads: the card keeps its final size with placeholders. */
  readonly figure: KeyFigure | null;
  readonly alternative?: AlternativeFigure | null;
}

/**
 * One key figure: the value on the view's date, its change against the previous day and a week
 * earlier, its 7-day average, and the 28 days behind it. A labelled region named by the metric.
 */
export const StatCard = memo(function StatCard({ spec, figure, alternative }: StatCardProps) {
  const headingId = useId();
  return (
    <section className={`panel stat-card stat-card--${spec.metric}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="stat-card__label">
        {spec.label}
      </h3>
      {figure ? (
        <StatCardBody spec={spec} figure={figure} alternative={alternative ?? null} />
      ) : (
        <StatCardSkeleton />
      )}
    </section>
  );
});

function StatCardBody({
  spec,
  figure,
  alternative,
}: {
  spec: KeyFigureSpec;
  figure: KeyFigure;
  alternative: AlternativeFigure | null;
}) {
  const known = figure.value !== null;
  // A missing report is said once, in the meta line; other flags warn about the figures of their
  // own metric (active cases are made from all three).
  const warnings = flagsFor(
    figure.flags,
    spec.field === 'activeCases' ? 'all' : spec.metric,
  ).filter((flag) => flag.kind !== 'missing-report');
  const t = m().keyFigures;
  const sources = m().page.sources;
  return (
    <>
      <p
        className={`stat-card__value${known ? '' : ' stat-card__value--unknown'}`}
        data-testid="stat-value"
      >
        {known ? formatValue(figure.value as number, figure.measure) : m().common.notReported}
      </p>
      {!known && alternative ? (
        <p className="stat-card__alternative" data-testid="stat-alternative">
          <abbr title={sources[alternative.source].name}>
            {sources[alternative.source].shortName}
          </abbr>
          : <strong>{formatCount(alternative.value)}</strong>{' '}
          <span className="stat-card__against">{t.alternativeNote}</span>
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <p className="stat-card__warning" data-testid="stat-warning">
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">{t.warning}</span>
          {warnings.map(m().common.describeFlag).join(' ')}
        </p>
      ) : null}
      <p className={`stat-card__meta${known ? ' stat-card__meta--definition' : ''}`}>
        {known
          ? figure.measure === 'per100k'
            ? t.definitionPer100k(spec.definition)
            : spec.definition
          : t.unknownReason(figure.unknownBecause)}
        {figure.derived ? t.derived : ''}
        {/* Said by the section's heading above the cards; here for whoever reads one card alone. */}
        <span className="visually-hidden">
          {' '}
          · {t.reportOf} <time dateTime={figure.date}>{formatDate(figure.date)}</time>
        </span>
      </p>
      {known ? (
        <ul className="stat-card__changes">
          <ChangeLine
            change={figure.vsPreviousDay}
            against="previousDay"
            measure={figure.measure}
          />
          <ChangeLine change={figure.vsWeekBefore} against="weekBefore" measure={figure.measure} />
        </ul>
      ) : null}
      {spec.averageField && figure.average !== null ? (
        <p className="stat-card__average">
          {t.average} <strong>{formatMean(figure.average, figure.measure)}</strong>
        </p>
      ) : spec.averageField ? (
        <p className="stat-card__average">{t.averageNotYet}</p>
      ) : null}
      <Sparkline
        values={figure.recent.map((d) => d.value)}
        color={`var(--${spec.metric})`}
        label={sparklineLabel(spec, figure)}
      />
    </>
  );
}

/** What a change is measured against: the previous day, or 7 days earlier. */
type Comparison = Parameters<Messages['keyFigures']['versus']>[0];

function ChangeLine({
  change,
  against,
  measure,
}: {
  change: Change | null;
  against: Comparison;
  measure: Measure;
}) {
  const t = m().keyFigures;
  if (!change) {
    return <li className="stat-card__change stat-card__change--none">{t.noComparison(against)}</li>;
  }
  const direction = change.absolute > 0 ? 'up' : change.absolute < 0 ? 'down' : 'same';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '▶';
  const percent = change.percent === null ? '' : ` (${formatPercent(change.percent)})`;
  return (
    <li className={`stat-card__change stat-card__change--${direction}`}>
      <span aria-hidden="true">
        <span className="stat-card__arrow">{arrow}</span>{' '}
        {formatSignedValue(change.absolute, measure)}
        {percent} <span className="stat-card__against">{t.versus(against)}</span>
      </span>
      <span className="visually-hidden">{t.changeSpoken(change, against, measure)}</span>
    </li>
  );
}

function StatCardSkeleton() {
  return (
    <>
      <Skeleton height="2.5rem" width="70%" />
      <Skeleton height="1.25rem" width="90%" />
      <Skeleton height="3rem" />
      <Skeleton height="1.25rem" width="60%" />
      <Skeleton height="2rem" />
    </>
  );
}

function sparklineLabel(spec: KeyFigureSpec, figure: KeyFigure): string {
  const first = figure.recent[0];
  const extent = figure.recentExtent;
  if (!first || !extent) return m().keyFigures.sparklineEmpty(spec.label);
  return m().keyFigures.sparkline({
    label: spec.label,
    days: figure.recent.length,
    from: first.date,
    to: figure.date,
    low: extent.low,
    high: extent.high,
    measure: figure.measure,
  });
}
