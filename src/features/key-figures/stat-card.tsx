import { memo, useId } from 'react';
import { Skeleton } from '../../components/skeleton';
import { describeFlag, flagsFor } from '../../data/flags';
import {
  formatCount,
  formatDate,
  formatMean,
  formatPercent,
  formatSignedValue,
  formatValue,
  type Measure,
} from '../../data/format';
import type { KeyFigure, UnknownReason } from '../../data/key-figures';
import type { Change } from '../../data/range';
import type { SourceId } from '../../data/series';
import { SOURCES } from '../../data/sources';
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
  return (
    <>
      <p className="stat-card__value" data-testid="stat-value">
        {known ? formatValue(figure.value as number, figure.measure) : 'Not reported'}
      </p>
      {!known && alternative ? (
        <p className="stat-card__alternative" data-testid="stat-alternative">
          {SOURCES[alternative.source].shortName}: <strong>{formatCount(alternative.value)}</strong>{' '}
          <span className="stat-card__against">
            ({SOURCES[alternative.source].name}, for the same report date; excludes Crimea and
            Sevastopol)
          </span>
        </p>
      ) : null}
      {warnings.length > 0 ? (
        <p className="stat-card__warning" data-testid="stat-warning">
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">Warning: </span>
          {warnings.map(describeFlag).join(' ')}
        </p>
      ) : null}
      <p className="stat-card__meta">
        {known
          ? `${spec.definition}${figure.measure === 'per100k' ? ', per 100,000 residents' : ''}`
          : notReportedReason(figure.unknownBecause)}
        {figure.derived ? ' (derived from the totals)' : ''} ·{' '}
        <span className="stat-card__date">
          report of <time dateTime={figure.date}>{formatDate(figure.date)}</time>
        </span>
      </p>
      {known ? (
        <ul className="stat-card__changes">
          <ChangeLine
            change={figure.vsPreviousDay}
            against="the previous day"
            measure={figure.measure}
          />
          <ChangeLine
            change={figure.vsWeekBefore}
            against="7 days earlier"
            measure={figure.measure}
          />
        </ul>
      ) : null}
      {spec.averageField && figure.average !== null ? (
        <p className="stat-card__average">
          7-day average: <strong>{formatMean(figure.average, figure.measure)}</strong>
        </p>
      ) : spec.averageField ? (
        <p className="stat-card__average">7-day average: not yet available</p>
      ) : null}
      <Sparkline
        values={figure.recent.map((d) => d.value)}
        color={`var(--${spec.metric})`}
        label={sparklineLabel(spec, figure)}
      />
    </>
  );
}

function ChangeLine({
  change,
  against,
  measure,
}: {
  change: Change | null;
  against: string;
  measure: Measure;
}) {
  if (!change) {
    return (
      <li className="stat-card__change stat-card__change--none">No comparison with {against}</li>
    );
  }
  const direction = change.absolute > 0 ? 'up' : change.absolute < 0 ? 'down' : 'same';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '▶';
  const percent = change.percent === null ? '' : ` (${formatPercent(change.percent)})`;
  const spoken =
    direction === 'same'
      ? `Unchanged on ${against}, ${formatDate(change.comparedWith)}`
      : `${direction === 'up' ? 'Up' : 'Down'} ${formatValue(Math.abs(change.absolute), measure)}${
          change.percent === null ? '' : `, ${formatPercent(Math.abs(change.percent)).slice(1)}`
        }, on ${against}, ${formatDate(change.comparedWith)}`;
  return (
    <li className={`stat-card__change stat-card__change--${direction}`}>
      <span aria-hidden="true">
        <span className="stat-card__arrow">{arrow}</span>{' '}
        {formatSignedValue(change.absolute, measure)}
        {percent} <span className="stat-card__against">vs {against}</span>
      </span>
      <span className="visually-hidden">{spoken}</span>
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

function notReportedReason(reason: UnknownReason | null): string {
  switch (reason?.kind) {
    case 'missing-report':
      return 'No usable report for this date';
    case 'not-yet':
      return `Not reported before ${formatDate(reason.firstKnown)}`;
    case 'no-longer':
      return `Not known after ${formatDate(reason.lastKnown)}`;
    case 'never':
      return 'This source does not report it';
    default:
      return 'No figure in this report';
  }
}

function sparklineLabel(spec: KeyFigureSpec, figure: KeyFigure): string {
  const first = figure.recent[0];
  const extent = figure.recentExtent;
  if (!first || !extent) return `${spec.label}: no recent figures`;
  return `${spec.label} over the ${figure.recent.length} days from ${formatDate(first.date)} to ${formatDate(figure.date)}: between ${formatValue(extent.low, figure.measure)} and ${formatValue(extent.high, figure.measure)}`;
}
