import { MultiLineFigure } from '../../components/chart/multi-line-figure';
import './sources.css';
import { memo, useMemo } from 'react';
import { ExternalLink } from '../../components/external-link';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { formatAverage, formatCount, formatDate } from '../../data/format';
import type { DateRange } from '../../data/range';
import { JHU_RUSSIA, OFFICIAL_RUSSIA, SOURCE_IDS, type SourceId } from '../../data/series';
import { SOURCE_DETAILS } from '../../data/source-details';
import { errorText } from '../../i18n/errors';
import { m } from '../../i18n/messages';
import { useSeries } from '../../queries/use-series';
import { buildComparisonModel, type ComparisonModel } from './comparison-model';

/** Official solid in the colour of cases; JHU dashed grey. */
const LINES = [
  { color: 'var(--cases)', dash: '' },
  { color: 'var(--jhu)', dash: '6 3' },
] as const;

interface SourcesPanelProps {
  /** The dates shown on the page; null while the page's own series loads. */
  readonly range: DateRange | null;
  readonly shownSource: SourceId;
  /** The region shown, if any: the comparison is of Russia as a whole, and says so. */
  readonly placeName: string | null;
}

/**
 * The two sources side by side for the dates shown: one chart, the difference explained, and for
 * each source where it comes from, its licence, its date convention and its coverage. This module
 * is itself loaded when the panel comes near the screen (see LazyPanel), never before the figures
 * above it; it then loads both series and the chart.
 */
export const SourcesPanel = memo(function SourcesPanel({
  range,
  shownSource,
  placeName,
}: SourcesPanelProps) {
  const official = useSeries(OFFICIAL_RUSSIA);
  const jhu = useSeries(JHU_RUSSIA);
  const model = useMemo(
    () =>
      official.state.data && jhu.state.data && range
        ? buildComparisonModel(official.state.data, jhu.state.data, range)
        : null,
    [official.state.data, jhu.state.data, range],
  );
  const failed = official.state.error ?? jhu.state.error;
  const t = m().sources;
  return (
    <div className="panel sources-panel">
      <p className="sources-panel__intro">
        {placeName ? t.placeNote(placeName) : null}
        {t.intro.beforeSource}
        <strong>{m().page.sources[shownSource].name}</strong>
        {t.intro.afterSource}
      </p>
      {failed ? (
        <Notice
          tone="error"
          onRetry={() => {
            official.refetch();
            jhu.refetch();
          }}
        >
          <p>{t.failed(errorText(failed))}</p>
        </Notice>
      ) : (
        <ComparisonFigure model={model} />
      )}
      <div className="sources-panel__sources">
        {SOURCE_IDS.map((id, index) => (
          <SourceFacts
            key={id}
            source={id}
            coverage={model?.comparison.coverage[index] ?? null}
            range={model?.range ?? null}
          />
        ))}
      </div>
    </div>
  );
});

function ComparisonFigure({ model }: { model: ComparisonModel | null }) {
  const names = m().page.sources;
  return (
    <MultiLineFigure
      className="sources-panel__figure"
      name="sources"
      title={m().sources.title}
      plotFailed={m().sources.figurePlotFailed}
      summary={model?.summary ?? null}
      points={model?.points ?? null}
      lines={LINES}
      legend={
        <ul className="chart-legend">
          <li>
            <span className="swatch swatch--line swatch--cases" /> {names.official.name}
          </li>
          <li>
            <span className="swatch swatch--line swatch--jhu" />{' '}
            {m().sources.dashed(names.jhu.name)}
          </li>
        </ul>
      }
      table={(id) => (model ? <ComparisonTable model={model} id={id} /> : null)}
    />
  );
}

function ComparisonTable({ model, id }: { model: ComparisonModel; id: string }) {
  const rows = [...model.comparison.days].reverse();
  const { notReported } = m().common;
  const cell = (value: number | null) => (value === null ? notReported : formatCount(value));
  const t = m().sources.table;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="data-table" id={id} tabIndex={0} aria-label={t.label}>
      <table>
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.date}</th>
            <th scope="col">{t.officialNew}</th>
            <th scope="col">{t.jhuNew}</th>
            <th scope="col">{t.officialAverage}</th>
            <th scope="col">{t.jhuAverage}</th>
            <th scope="col">{t.officialTotal}</th>
            <th scope="col">{t.jhuTotal}</th>
            <th scope="col">{t.difference}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((day) => (
            <tr key={day.date}>
              <th scope="row">
                <time dateTime={day.date}>{formatDate(day.date)}</time>
              </th>
              <td>{cell(day.first.newCases)}</td>
              <td>{cell(day.second.newCases)}</td>
              <td>
                {day.first.newCasesAvg7 === null ? '–' : formatAverage(day.first.newCasesAvg7)}
              </td>
              <td>
                {day.second.newCasesAvg7 === null ? '–' : formatAverage(day.second.newCasesAvg7)}
              </td>
              <td>{cell(day.first.totalCases)}</td>
              <td>{cell(day.second.totalCases)}</td>
              <td>
                {day.first.totalCases !== null && day.second.totalCases !== null
                  ? formatCount(day.first.totalCases - day.second.totalCases)
                  : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function SourceFacts({
  source,
  coverage,
  range,
}: {
  source: SourceId;
  coverage: { readonly daysWithValues: number; readonly days: number } | null;
  range: DateRange | null;
}) {
  const t = m().sources;
  const { name } = m().page.sources[source];
  const coverageNote = m().placeControls.coverageNote[source];
  return (
    <section className="sources-panel__source" aria-labelledby={`source-${source}-heading`}>
      <h3 id={`source-${source}-heading`}>{name}</h3>
      <p>{t.description[source]}</p>
      <dl>
        <dt>{t.coverage}</dt>
        <dd data-testid={`coverage-${source}`}>
          {coverage && range ? (
            t.coverageDays(coverage.daysWithValues, coverage.days, range.from, range.to)
          ) : (
            <Skeleton height="1.2em" width="70%" />
          )}{' '}
          {coverageNote}
        </dd>
        <dt>{t.dateConventionLabel}</dt>
        <dd>{t.dateConvention[source]}</dd>
        <dt>{t.takenFrom}</dt>
        <dd>
          <ul>
            {SOURCE_DETAILS[source].references.map((reference) => (
              <li key={`${reference.url}:${reference.covers}`}>
                <ExternalLink url={reference.url}>
                  {t.referenceName(source, reference)}
                </ExternalLink>
                {t.referenceDetails(source, reference)}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}
