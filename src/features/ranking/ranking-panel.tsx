import './ranking.css';
import { type MouseEvent, memo, useMemo, useState } from 'react';
import { followInPlace } from '../../components/follow-in-place';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { formatCount, formatDateRange, formatPercent, formatRate } from '../../data/format';
import type { DateRange } from '../../data/range';
import {
  clipRange,
  RANKING_COLUMNS,
  type RankingColumn,
  type RankingRow,
  rankRegions,
  sortRanking,
  yearsNeeded,
} from '../../data/ranking';
import type { RegionCatalogue } from '../../data/regions-file';
import type { PlaceCode } from '../../data/series';
import { useRegionCatalogue, useRegionYears } from '../../queries/use-regions';

interface RankingPanelProps {
  /** The dates shown on the page. */
  readonly range: DateRange;
  readonly current: PlaceCode;
  readonly hrefFor: (place: PlaceCode) => string;
  readonly onChoose: (place: PlaceCode) => void;
}

const HEADINGS: Record<RankingColumn, string> = {
  name: 'Region',
  cases: 'Cases',
  casesPer100k: 'Cases per 100,000',
  deaths: 'Deaths',
  deathsPer100k: 'Deaths per 100,000',
  trend: '7-day trend at the end',
};

/**
 * All 85 regions for the dates shown, from the official reports: cases and deaths in the range,
 * per 100,000 residents, and the trend of the last 7 days against the 7 before. Sortable by each
 * column; each region is a link to its own view with the same dates.
 */
export const RankingPanel = memo(function RankingPanel({
  range,
  current,
  hrefFor,
  onChoose,
}: RankingPanelProps) {
  const { catalogue, error: catalogueError, refetch } = useRegionCatalogue(true);
  // The dates the regions' files cover (the official reports'), once the catalogue says them.
  const data = useMemo(
    () => (catalogue ? { from: catalogue.meta.firstDate, to: catalogue.meta.lastDate } : null),
    [catalogue],
  );
  const files = useRegionYears(data ? yearsNeeded(range, data) : null, catalogue);
  const rows = useMemo(
    () => (catalogue && data ? rankRegions(catalogue.regions, files.years, range, data) : null),
    [catalogue, files.years, range, data],
  );
  const [sort, setSort] = useState<{ column: RankingColumn; descending: boolean }>({
    column: 'casesPer100k',
    descending: true,
  });
  const sorted = useMemo(
    () => (rows ? sortRanking(rows, sort.column, sort.descending) : null),
    [rows, sort],
  );
  const error = catalogueError ?? files.error;
  if (error) {
    return (
      <Notice
        tone="error"
        onRetry={() => {
          void refetch();
          files.retry();
        }}
      >
        <p>{error.message}</p>
      </Notice>
    );
  }
  const choose = (place: PlaceCode) => followInPlace(() => onChoose(place));
  const missing = rows?.reduce((sum, row) => sum + row.missingDays, 0) ?? 0;
  // The regional figures are the official reports': the dates shown (JHU's, perhaps) may go
  // beyond them, and the table says which dates it covers.
  const covered = data ? clipRange(range, data) : null;
  if (data && !covered) {
    return (
      <p className="panel">
        The regional figures (official reports) run from {formatDateRange(data.from, data.to)}; none
        of them falls within the dates shown.
      </p>
    );
  }
  const shown = covered ?? range;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="panel data-table ranking" tabIndex={0} aria-labelledby="ranking-caption">
      <table>
        <caption id="ranking-caption">
          The 85 regions, {formatDateRange(shown.from, shown.to)}: official reports; population on 1
          January 2020 (Rosstat).
          {shown.from !== range.from || shown.to !== range.to
            ? ' The dates shown go beyond the regional figures, which cover these dates only.'
            : ''}{' '}
          Sorted by {HEADINGS[sort.column].toLowerCase()},{' '}
          {sort.descending ? 'highest first' : 'lowest first'}.
          {missing > 0
            ? ` The sums leave out the days without a report (${formatCount(missing)} region-days).`
            : ''}
        </caption>
        <thead>
          <tr>
            {RANKING_COLUMNS.map((column) => {
              const active = sort.column === column;
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="ranking__sort"
                    onClick={() =>
                      setSort({
                        column,
                        descending: active ? !sort.descending : column !== 'name',
                      })
                    }
                  >
                    {HEADINGS[column]}
                    <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted
            ? sorted.map((row) => (
                <RankingTableRow
                  key={row.region.code}
                  row={row}
                  isCurrent={row.region.code === current}
                  href={hrefFor(row.region.code)}
                  onClick={choose(row.region.code)}
                />
              ))
            : null}
        </tbody>
      </table>
      {sorted ? null : <Skeleton height="20rem" />}
      {catalogue ? <NationalAndRegions comparison={catalogue.meta.nationalVsRegions} /> : null}
    </section>
  );
});

/** How the national series relates to the sum of the regions, as the data script measured it. */
function NationalAndRegions({
  comparison,
}: {
  comparison: RegionCatalogue['meta']['nationalVsRegions'];
}) {
  const differing = comparison.daysCompared - comparison.daysEqual;
  return (
    <p className="ranking__note" data-testid="national-vs-regions">
      The national figures equal the sum of these 85 regions' new cases on{' '}
      {formatCount(comparison.daysEqual)} of the {formatCount(comparison.daysCompared)} report dates
      on which both are known
      {differing > 0
        ? `; on the other ${formatCount(differing)} they differ by at most ${formatCount(Math.abs(comparison.largestDifference.cases))} ${Math.abs(comparison.largestDifference.cases) === 1 ? 'case' : 'cases'} (the early press releases attributed a case to no region).`
        : '.'}
    </p>
  );
}

function RankingTableRow({
  row,
  isCurrent,
  href,
  onClick,
}: {
  row: RankingRow;
  isCurrent: boolean;
  href: string;
  onClick: (event: MouseEvent) => void;
}) {
  return (
    <tr data-region={row.region.code} className={isCurrent ? 'ranking__current' : undefined}>
      <th scope="row">
        <a href={href} onClick={onClick} aria-current={isCurrent ? 'page' : undefined}>
          {row.region.nameEn}
        </a>
      </th>
      {row.known ? (
        <>
          <td>{formatCount(row.cases)}</td>
          <td>{formatRate(row.casesPer100k)}</td>
          <td>{formatCount(row.deaths)}</td>
          <td>{formatRate(row.deathsPer100k)}</td>
        </>
      ) : (
        <>
          <td>not reported</td>
          <td>not reported</td>
          <td>not reported</td>
          <td>not reported</td>
        </>
      )}
      <td>{row.trend === null ? 'not known' : formatPercent(row.trend)}</td>
    </tr>
  );
}
