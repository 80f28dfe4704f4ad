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
import { SOURCES } from '../../data/sources';
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
  return (
    <div className="panel sources-panel">
      <p className="sources-panel__intro">
        {placeName
          ? `The page shows ${placeName} from the official reports; this comparison is of Russia as a whole, since JHU has no regional figures. `
          : null}
        The page shows <strong>{SOURCES[shownSource].name}</strong>. The two sources agree on the
        same report dates except where JHU leaves out the Republic of Crimea and Sevastopol (from 1
        June 2020, when it began counting them under Ukraine), on JHU's own corrections (17 and 18
        October 2020), and on the report dates after 20 January 2022 that have no usable official
        report, where only JHU has figures.
      </p>
      {failed ? (
        <Notice
          tone="error"
          onRetry={() => {
            official.refetch();
            jhu.refetch();
          }}
        >
          <p>The comparison could not be loaded: {failed.message}</p>
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
  return (
    <MultiLineFigure
      className="sources-panel__figure"
      name="sources"
      title="Daily new cases by source (7-day average)"
      summary={model?.summary ?? null}
      points={model?.points ?? null}
      lines={LINES}
      legend={
        <ul className="chart-legend">
          <li>
            <span className="swatch swatch--line swatch--cases" /> {SOURCES.official.name}
          </li>
          <li>
            <span className="swatch swatch--line swatch--jhu" /> {SOURCES.jhu.name} (dashed)
          </li>
        </ul>
      }
      table={(id) => (model ? <ComparisonTable model={model} id={id} /> : null)}
    />
  );
}

function ComparisonTable({ model, id }: { model: ComparisonModel; id: string }) {
  const rows = [...model.comparison.days].reverse();
  const cell = (value: number | null) => (value === null ? 'Not reported' : formatCount(value));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="data-table" id={id} tabIndex={0} aria-label="Sources compared, table">
      <table>
        <caption>Daily and total cases by source, latest first</caption>
        <thead>
          <tr>
            <th scope="col">Report date</th>
            <th scope="col">Official: new cases</th>
            <th scope="col">JHU: new cases</th>
            <th scope="col">Official: 7-day average</th>
            <th scope="col">JHU: 7-day average</th>
            <th scope="col">Official: total cases</th>
            <th scope="col">JHU: total cases</th>
            <th scope="col">Official minus JHU</th>
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
  const info = { ...SOURCES[source], ...SOURCE_DETAILS[source] };
  return (
    <section className="sources-panel__source" aria-labelledby={`source-${source}-heading`}>
      <h3 id={`source-${source}-heading`}>{info.name}</h3>
      <p>{info.description}</p>
      <dl>
        <dt>Coverage</dt>
        <dd data-testid={`coverage-${source}`}>
          {coverage && range ? (
            `New cases on ${formatCount(coverage.daysWithValues)} of ${formatCount(coverage.days)} report dates from ${formatDate(range.from)} to ${formatDate(range.to)}.`
          ) : (
            <Skeleton height="1.2em" width="70%" />
          )}{' '}
          {info.coverageNote}
        </dd>
        <dt>Date convention</dt>
        <dd>{info.dateConvention}</dd>
        <dt>Taken from</dt>
        <dd>
          <ul>
            {info.references.map((reference) => (
              <li key={`${reference.url}:${reference.covers}`}>
                <ExternalLink url={reference.url}>{reference.name}</ExternalLink> (
                {reference.covers}). Licence: {reference.licence}.
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}
