import './map.css';
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { ToggleGroup } from '../../components/toggle-group';
import { formatCount, formatDate, formatRate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import {
  type MapMetric,
  type RegionRate,
  summariseRates,
  weeklyRates,
  yearsForRates,
} from '../../data/map-rates';
import type { DateRange } from '../../data/range';
import type { PlaceCode } from '../../data/series';
import { useMapShapes } from '../../queries/use-map-shapes';
import { useRegionCatalogue, useRegionYears } from '../../queries/use-regions';
import { Choropleth } from './choropleth';
import { binLabels, MapLegend } from './map-legend';
import { useMapPlay, usePlayTicker } from './use-map-play';

interface MapPanelProps {
  /** The dates shown on the page: play steps through them. */
  readonly range: DateRange;
  /** The report date the map shows when not playing: the focused date, else the range's end. */
  readonly date: IsoDate;
  readonly metric: MapMetric;
  readonly current: PlaceCode;
  readonly hrefFor: (place: PlaceCode) => string;
  readonly onChoose: (place: PlaceCode) => void;
  readonly onMetricChange: (metric: MapMetric) => void;
  /** Play stopped on a date: the page focuses it, so the link keeps it. */
  readonly onDateChosen: (date: IsoDate) => void;
}

const METRIC_OPTIONS = [
  { value: 'cases', label: 'Cases' },
  { value: 'deaths', label: 'Deaths' },
] as const;

const NOUN: Record<MapMetric, string> = { cases: 'new cases', deaths: 'deaths' };

/** Every year from the one before `range` starts to the one it ends in: what play may show. */
function yearsOfRange(range: DateRange): number[] {
  const first = Number(range.from.slice(0, 4));
  const last = Number(range.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The choropleth of the 85 regions: new cases (or deaths) over the 7 days to a report date per
 * 100,000 residents, in fixed bins, with a legend, a one-sentence summary, details of the region
 * under the pointer or the keyboard, and play through the dates shown. The table of all regions
 * below is its text alternative; it also has a table of its own.
 */
export const MapPanel = memo(function MapPanel({
  range,
  date,
  metric,
  current,
  hrefFor,
  onChoose,
  onMetricChange,
  onDateChosen,
}: MapPanelProps) {
  const titleId = useId();
  const summaryId = useId();
  const tableId = useId();
  const shapes = useMapShapes();
  const { catalogue, error: catalogueError, refetch } = useRegionCatalogue(true);
  const data = useMemo(
    () => (catalogue ? { from: catalogue.meta.firstDate, to: catalogue.meta.lastDate } : null),
    [catalogue],
  );
  const play = useMapPlay(range, date, onDateChosen);
  const mapDate = play.frame ?? date;
  // While playing, every year of the range at once, so that no frame waits for a download.
  const wanted = useMemo(
    () => (data ? (play.playing ? yearsOfRange(range) : yearsForRates(mapDate, data)) : null),
    [data, play.playing, range, mapDate],
  );
  const years = useRegionYears(wanted, catalogue);
  const ready = wanted?.every((year) => years.years.has(year)) ?? false;
  usePlayTicker(play, ready);

  // A date outside the regional files shows every region as not reported, and says so. While
  // a file loads, the last map drawn stays (not a blank map of "not reported" for a moment).
  const computed = useMemo(
    () =>
      catalogue && data && ready
        ? {
            date: mapDate,
            rates: weeklyRates(catalogue.regions, years.years, mapDate, data, metric),
          }
        : null,
    [catalogue, data, ready, years.years, mapDate, metric],
  );
  const lastDrawn = useRef(computed);
  if (computed) lastDrawn.current = computed;
  const drawn = computed ?? lastDrawn.current;
  const rates = drawn?.rates ?? null;
  /** The date of the figures drawn (the frame or page date once its files are in). */
  const shownDate = drawn?.date ?? mapDate;
  const ratesByCode = useMemo(
    () => new Map((rates ?? []).map((rate) => [rate.code, rate] as const)),
    [rates],
  );
  const names = useMemo(
    () =>
      new Map((catalogue?.regions ?? []).map((region) => [region.code, region.nameEn] as const)),
    [catalogue],
  );
  const [shown, setShown] = useState<PlaceCode | null>(null);
  const [tableOpen, setTableOpen] = useState(false);

  const describe = useCallback(
    (code: PlaceCode) =>
      describeRegion(names.get(code) ?? code, ratesByCode.get(code), metric, shownDate),
    [names, ratesByCode, metric, shownDate],
  );

  const error = shapes.error ?? catalogueError ?? years.error;
  if (error) {
    return (
      <Notice
        tone="error"
        onRetry={() => {
          void shapes.refetch();
          void refetch();
          years.retry();
        }}
      >
        <p>The map could not be drawn: {error.message}</p>
      </Notice>
    );
  }
  if (!shapes.data || !catalogue || !rates) return <Skeleton height="28rem" />;

  const title = `${metric === 'cases' ? 'New cases' : 'Deaths'} per 100,000 residents, 7 days to ${formatDate(shownDate)}`;
  return (
    <figure
      className="panel map-panel"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-map-date={shownDate}
    >
      <div className="map-panel__header">
        <h3 id={titleId} className="map-panel__title">
          {title}
        </h3>
        <div className="map-panel__controls">
          <ToggleGroup
            label="What the map shows"
            visibleLabel={false}
            options={METRIC_OPTIONS}
            value={metric}
            onChange={onMetricChange}
          />
          <button
            type="button"
            className="button"
            onClick={play.toggle}
            disabled={!play.canPlay}
            aria-describedby={summaryId}
          >
            {play.playing ? 'Pause' : 'Play'}
          </button>
        </div>
      </div>
      <p id={summaryId} className="map-panel__summary">
        {summarySentence(rates, names, metric, shownDate)}
      </p>
      <MapLegend metric={metric} />
      <div className="map-panel__plot">
        <Choropleth
          shapes={shapes.data}
          rates={ratesByCode}
          names={names}
          current={current}
          describe={describe}
          hrefFor={hrefFor}
          onChoose={onChoose}
          onShow={setShown}
          label={`Map of the 85 regions: ${title}. Arrow keys move between regions; Enter opens one.`}
        />
      </div>
      <p className="map-panel__details" aria-live="polite">
        {shown
          ? describe(shown)
          : 'Point at a region, or move to it with Tab and the arrow keys, for its figures; click or press Enter to open it.'}
      </p>
      <p className="map-panel__note">
        {play.playing ? `Playing: ${formatDate(shownDate)}, a week a frame. ` : ''}
        Population: Rosstat, 1 January 2020. Figures: the official daily reports. Shapes: Natural
        Earth (public domain), simplified; Crimea and Sevastopol are shown as the official reports
        count them. The same figures for the dates shown are in{' '}
        <a href="#ranking-heading">the table of all regions</a>.
      </p>
      <button
        type="button"
        className="button"
        aria-expanded={tableOpen}
        aria-controls={tableId}
        onClick={() => setTableOpen((open) => !open)}
      >
        {tableOpen ? 'Hide table' : 'Show table'}
      </button>
      <div id={tableId} hidden={!tableOpen}>
        {tableOpen ? (
          <RatesTable rates={rates} names={names} metric={metric} date={shownDate} />
        ) : null}
      </div>
    </figure>
  );
});

function describeRegion(
  name: string,
  rate: RegionRate | undefined,
  metric: MapMetric,
  date: IsoDate,
): string {
  if (!rate || rate.rate === null || rate.count === null) {
    return `${name}: not reported for every day of the 7 days to ${formatDate(date)}.`;
  }
  return `${name}: ${formatRate(rate.rate)} ${NOUN[metric]} per 100,000 (${formatCount(rate.count)} in all) in the 7 days to ${formatDate(date)}.`;
}

function summarySentence(
  rates: readonly RegionRate[],
  names: ReadonlyMap<PlaceCode, string>,
  metric: MapMetric,
  date: IsoDate,
): string {
  const summary = summariseRates(rates);
  const name = (rate: RegionRate | null) => (rate ? (names.get(rate.code) ?? rate.code) : '');
  if (!summary.highest || !summary.lowest || !summary.topBin) {
    return `No region has a report for every day of the 7 days to ${formatDate(date)}: the map shows them as not reported.`;
  }
  const missing = rates.length - summary.known;
  const labels = binLabels(metric);
  return [
    `Highest: ${name(summary.highest)}, ${formatRate(summary.highest.rate ?? 0)} ${NOUN[metric]} per 100,000 in the 7 days to ${formatDate(date)};`,
    `lowest: ${name(summary.lowest)}, ${formatRate(summary.lowest.rate ?? 0)}.`,
    `${summary.topBin.regions} of ${rates.length} regions ${summary.topBin.regions === 1 ? 'is' : 'are'} in the highest band shown (${labels[summary.topBin.bin]}).`,
    missing > 0 ? `${missing} ${missing === 1 ? 'region is' : 'regions are'} not reported.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function RatesTable({
  rates,
  names,
  metric,
  date,
}: {
  rates: readonly RegionRate[];
  names: ReadonlyMap<PlaceCode, string>;
  metric: MapMetric;
  date: IsoDate;
}) {
  const labels = binLabels(metric);
  const rows = [...rates].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1));
  return (
    // A scrolling region must be reachable by keyboard to be scrolled without a mouse.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <section className="data-table map-panel__table" tabIndex={0} aria-label="Map, table">
      <table>
        <caption>
          {metric === 'cases' ? 'New cases' : 'Deaths'} in the 7 days to {formatDate(date)}, by
          region, highest rate first
        </caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col">Per 100,000</th>
            <th scope="col">{metric === 'cases' ? 'Cases' : 'Deaths'}</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((rate) => (
            <tr key={rate.code}>
              <th scope="row">{names.get(rate.code) ?? rate.code}</th>
              <td>{rate.rate === null ? 'not reported' : formatRate(rate.rate)}</td>
              <td>{rate.count === null ? 'not reported' : formatCount(rate.count)}</td>
              <td>{rate.bin === null ? 'not reported' : labels[rate.bin]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
