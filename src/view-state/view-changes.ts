/**
 * Every change a reader can make to the view, as a pure function of the previous view. Components
 * get stable callbacks (`setView(prev => focusDate(prev, date))`), and the rules are unit-tested
 * here instead of living in event handlers.
 */
import type { IsoDate } from '../data/iso-date';
import type { MapMetric } from '../data/map-rates';
import { type PlaceCode, RUSSIA, type SourceId } from '../data/series';
import type { ChartId } from './charts';
import { MAX_COMPARED, type Per, type Scale, type ViewState } from './view-state';

export function setRange(view: ViewState, from: IsoDate | null, to: IsoDate | null): ViewState {
  // A focus outside the new range would be dropped by resolveView; keep it only when inside.
  const focus =
    view.focus !== null &&
    (from === null || view.focus >= from) &&
    (to === null || view.focus <= to)
      ? view.focus
      : null;
  return { ...view, from, to, focus };
}

/**
 * Focuses a report date. The range stays when the date is inside it (`shown` is the range shown,
 * defaults filled in); otherwise it widens to all the data, so the date can be seen.
 */
export function focusDate(
  view: ViewState,
  date: IsoDate,
  shown: { readonly from: IsoDate; readonly to: IsoDate } | null,
): ViewState {
  const inRange = shown !== null && date >= shown.from && date <= shown.to;
  return { ...view, focus: date, ...(inRange ? {} : { from: null, to: null }) };
}

export function clearFocus(view: ViewState): ViewState {
  return { ...view, focus: null };
}

export function toggleTable(view: ViewState, id: ChartId): ViewState {
  const tables = view.tables.includes(id)
    ? view.tables.filter((t) => t !== id)
    : [...view.tables, id];
  return { ...view, tables };
}

/** What the map colours. */
export function setMapMetric(view: ViewState, mapMetric: MapMetric): ViewState {
  return { ...view, mapMetric };
}

/** One chart's scale; the others keep theirs. */
export function setScale(view: ViewState, id: ChartId, scale: Scale): ViewState {
  const others = view.logScale.filter((chart) => chart !== id);
  return { ...view, logScale: scale === 'log' ? [...others, id] : others };
}

/**
 * Another source: the dates stay (resolveView fits them to that source's data). JHU's figures are
 * shown as counts: its coverage changed in June 2020, so no one population fits them.
 */
export function setSource(view: ViewState, source: SourceId): ViewState {
  return { ...view, source, per: source === 'jhu' ? 'count' : view.per };
}

/** Counts, or every figure per 100,000 residents (official reports only). */
export function setPer(view: ViewState, per: Per): ViewState {
  return { ...view, per, source: per === '100k' ? 'official' : view.source };
}

/**
 * Another place, with the same dates. A region is shown from the official reports (JHU has no
 * regional figures).
 */
export function setRegion(view: ViewState, region: PlaceCode): ViewState {
  return { ...view, region, source: region === RUSSIA ? view.source : 'official' };
}

/** Adds a place to the comparison (once; at most MAX_COMPARED, the oldest giving way). */
export function addToComparison(view: ViewState, place: PlaceCode): ViewState {
  if (view.compare.includes(place)) return view;
  return { ...view, compare: [...view.compare, place].slice(-MAX_COMPARED) };
}

export function removeFromComparison(view: ViewState, place: PlaceCode): ViewState {
  return { ...view, compare: view.compare.filter((p) => p !== place) };
}
