import './ranking.css';
import { type MouseEvent, memo, useMemo, useState } from 'react';
import { followInPlace } from '../../components/follow-in-place';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { formatCount, formatPercent, formatRate } from '../../data/format';
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
import { errorText } from '../../i18n/errors';
import { m, pageLocale } from '../../i18n/messages';
import { useRegionCatalogue, useRegionYears } from '../../queries/use-regions';

interface RankingPanelProps {
  /** The dates shown on the page. */
  readonly range: DateRange;
  readonly current: PlaceCode;
  readonly hrefFor: (place: PlaceCode) => string;
  readonly onChoose: (place: PlaceCode) => void;
}

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
    () => (rows ? sortRows(rows, sort.column, sort.descending) : null),
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
        <p>{errorText(error)}</p>
      </Notice>
    );
  }
  const t = m().ranking;
  const choose = (place: PlaceCode) => followInPlace(() => onChoose(place));
  const missing = rows?.reduce((sum, row) => sum + row.missingDays, 0) ?? 0;
  // The regional figures are the official reports': the dates shown (JHU's, perhaps) may go
  // beyond them, and the table says which dates it covers.
  const covered = data ? clipRange(range, data) : null;
  if (data && !covered) {
    return <p className="panel">{t.noneInRange(data.from, data.to)}</p>;
  }
  const shown = covered ?? range;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="panel data-table ranking" tabIndex={0} aria-labelledby="ranking-caption">
      <table>
        <caption id="ranking-caption">
          {t.caption({
            from: shown.from,
            to: shown.to,
            clipped: shown.from !== range.from || shown.to !== range.to,
            column: sort.column,
            descending: sort.descending,
            missingRegionDays: missing,
          })}
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
                    {t.columns[column]}
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

/**
 * The rows in the order asked for. By name, in the alphabet of the page's language: the Russian
 * page's names are the Russian ones, which sortRanking (by English name) would put out of order.
 */
function sortRows(
  rows: readonly RankingRow[],
  column: RankingColumn,
  descending: boolean,
): RankingRow[] {
  if (column !== 'name' || pageLocale() !== 'ru') return sortRanking(rows, column, descending);
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * a.region.nameRu.localeCompare(b.region.nameRu, 'ru'));
}

/** How the national series relates to the sum of the regions, as the data script measured it. */
function NationalAndRegions({
  comparison,
}: {
  comparison: RegionCatalogue['meta']['nationalVsRegions'];
}) {
  return (
    <p className="ranking__note" data-testid="national-vs-regions">
      {m().ranking.nationalVsRegions(
        comparison.daysEqual,
        comparison.daysCompared,
        Math.abs(comparison.largestDifference.cases),
      )}
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
  const { notReportedLower } = m().common;
  const { notKnown } = m().ranking;
  return (
    <tr data-region={row.region.code} className={isCurrent ? 'ranking__current' : undefined}>
      <th scope="row">
        <a href={href} onClick={onClick} aria-current={isCurrent ? 'page' : undefined}>
          {m().placePicker.regionName(row.region)}
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
          <td>{notReportedLower}</td>
          <td>{notReportedLower}</td>
          <td>{notReportedLower}</td>
          <td>{notReportedLower}</td>
        </>
      )}
      <td>{row.trend === null ? notKnown : formatPercent(row.trend)}</td>
    </tr>
  );
}
