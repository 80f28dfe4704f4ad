import './map.css';
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { ChartTakeAway } from '../../components/take-away/chart-take-away';
import { ToggleGroup } from '../../components/toggle-group';
import { formatCount, formatRate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import {
  type MapMetric,
  type RegionRate,
  summariseRates,
  weeklyRates,
  yearsForPlay,
  yearsForRates,
} from '../../data/map-rates';
import type { DateRange } from '../../data/range';
import type { PlaceCode } from '../../data/series';
import { errorText } from '../../i18n/errors';
import { m } from '../../i18n/messages';
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

/** The switch's options, in the page's language (read when drawn: the language is set at boot). */
function metricOptions() {
  const { metric } = m().map;
  return [
    { value: 'cases', label: metric.cases },
    { value: 'deaths', label: metric.deaths },
  ] as const;
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
    () => (data ? (play.playing ? yearsForPlay(range, data) : yearsForRates(mapDate, data)) : null),
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
      new Map(
        (catalogue?.regions ?? []).map(
          (region) => [region.code, m().placePicker.regionName(region)] as const,
        ),
      ),
    [catalogue],
  );
  const [shown, setShown] = useState<PlaceCode | null>(null);
  const [tableOpen, setTableOpen] = useState(false);

  const describe = useCallback(
    (code: PlaceCode) =>
      describeRegion(names.get(code) ?? code, ratesByCode.get(code), metric, shownDate),
    [names, ratesByCode, metric, shownDate],
  );

  const t = m().map;
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
        <p>{t.failed(errorText(error))}</p>
      </Notice>
    );
  }
  if (!shapes.data || !catalogue || !rates) return <Skeleton height="28rem" />;

  const title = t.title(metric, shownDate);
  return (
    <figure
      className="panel map-panel"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-map-date={shownDate}
      data-take-away
    >
      <div className="map-panel__header">
        <h3 id={titleId} className="map-panel__title">
          {title}
        </h3>
        <div className="map-panel__controls">
          <ToggleGroup
            label={t.whatMapShows}
            visibleLabel={false}
            options={metricOptions()}
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
            {play.playing ? t.pause : t.play}
          </button>
          <ChartTakeAway
            ready={!play.playing}
            fileName={`russia-regions-map-${metric}-${shownDate}`}
            text={{
              title,
              subtitle: t.imageSubtitle,
              source: m().charts.takeAway.sourceLine(t.imageSources),
            }}
          />
        </div>
      </div>
      <p id={summaryId} className="map-panel__summary">
        {summarySentence(rates, names, metric, shownDate)}
      </p>
      <MapLegend metric={metric} />
      <div className="map-panel__plot" data-take-away-frame>
        <Choropleth
          shapes={shapes.data}
          rates={ratesByCode}
          names={names}
          current={current}
          describe={describe}
          hrefFor={hrefFor}
          onChoose={onChoose}
          onShow={setShown}
          label={t.label(title)}
        />
      </div>
      {/* Not a live region: the focused region's link already says the same to a screen reader,
          and during play the line would change four times a second. */}
      <p className="map-panel__details">{shown ? describe(shown) : t.detailsHint}</p>
      <p className="map-panel__note">
        {play.playing ? t.playing(shownDate) : ''}
        {t.note.beforeLink}
        <a href="#ranking-heading">{t.note.link}</a>
        {t.note.afterLink}
      </p>
      <button
        type="button"
        className="button"
        aria-expanded={tableOpen}
        aria-controls={tableId}
        onClick={() => setTableOpen((open) => !open)}
      >
        {tableOpen ? m().common.hideTable : m().common.showTable}
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
    return m().map.regionNotReported(name, date);
  }
  return m().map.regionRate(name, metric, rate.rate, rate.count, date);
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
    return m().map.summaryNoneReported(date);
  }
  return m().map.summary({
    metric,
    date,
    highest: { name: name(summary.highest), rate: summary.highest.rate ?? 0 },
    lowest: { name: name(summary.lowest), rate: summary.lowest.rate ?? 0 },
    topBandRegions: summary.topBin.regions,
    regions: rates.length,
    topBandLabel: binLabels(metric)[summary.topBin.bin] ?? '',
    notReported: rates.length - summary.known,
  });
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
  const t = m().map.table;
  const { notReportedLower } = m().common;
  const labels = binLabels(metric);
  const rows = [...rates].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1));
  return (
    // A scrolling region must be reachable by keyboard to be scrolled without a mouse.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <section className="data-table map-panel__table" tabIndex={0} aria-label={t.label}>
      <table>
        <caption>{t.caption(metric, date)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.region}</th>
            <th scope="col">{t.per100k}</th>
            <th scope="col">{m().map.metric[metric]}</th>
            <th scope="col">{t.band}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((rate) => (
            <tr key={rate.code}>
              <th scope="row">{names.get(rate.code) ?? rate.code}</th>
              <td>{rate.rate === null ? notReportedLower : formatRate(rate.rate)}</td>
              <td>{rate.count === null ? notReportedLower : formatCount(rate.count)}</td>
              <td>{rate.bin === null ? notReportedLower : labels[rate.bin]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
