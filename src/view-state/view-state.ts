/**
 * The view (what is being looked at) as a typed value, and its one representation in the URL.
 *
 * The URL is the single source of truth for the view, so a shared link opens exactly what its
 * sender saw. This module is the only place that reads or writes query parameters:
 *   - `parseViewParams` turns any query string, however broken or hostile, into a valid view and
 *     a list of notices saying which parameter was not understood and what was used instead;
 *   - `resolveView` fits a parsed view to the data actually loaded (dates outside it, a range
 *     the wrong way round);
 *   - `serialiseView` writes the canonical query string, leaving out every default.
 *
 * Parameters (all optional):
 *   from, to   ISO report dates, inclusive      ?from=2020-05-03&to=2020-05-07
 *   scale      `log` (linear is the default)    ?scale=log
 *   focus      a report date to highlight       ?focus=2020-05-07
 *   table      charts whose table is open       ?table=daily-cases,total-cases
 */
import { truncateForDisplay } from '../data/format';
import { type IsoDate, isIsoDate } from '../data/iso-date';
import { isInRange } from '../data/range';

export type Scale = 'linear' | 'log';
export const CHART_IDS = ['daily-cases', 'total-cases', 'daily-deaths'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ViewState {
  /** First report date shown; null = the start of the data. */
  readonly from: IsoDate | null;
  /** Last report date shown; null = the latest report. */
  readonly to: IsoDate | null;
  readonly scale: Scale;
  /** A report date the page is focused on (cards show it, charts mark it); null = none. */
  readonly focus: IsoDate | null;
  /** Charts whose data table is open, in the order of CHART_IDS. */
  readonly tables: readonly ChartId[];
}

export const DEFAULT_VIEW: ViewState = {
  from: null,
  to: null,
  scale: 'linear',
  focus: null,
  tables: [],
};

/** Something in the link that could not be used as it was, and what was used instead. */
export interface ViewNotice {
  readonly param: string;
  /** The value as given, shortened for display. Always shown as text, never as HTML. */
  readonly given: string;
  readonly problem: string;
  readonly usedInstead: string;
}

const KNOWN_PARAMS = new Set(['from', 'to', 'scale', 'focus', 'table']);
/** Longer values are not dates or chart names; reading them further only costs time. */
const MAX_VALUE_LENGTH = 100;

/**
 * Old parameter forms, rewritten to the current ones before parsing, so old links keep working.
 * Each entry takes the parameters and returns them migrated (or unchanged).
 */
const MIGRATIONS: readonly ((params: URLSearchParams) => URLSearchParams)[] = [
  // `time=FROM..TO`, the form Our World in Data's grapher uses, read as from/to.
  (params) => {
    const time = params.get('time');
    if (time === null) return params;
    const migrated = new URLSearchParams(params);
    migrated.delete('time');
    const [from, to, ...rest] = time.split('..');
    if (rest.length === 0 && from !== undefined && to !== undefined) {
      if (from !== '' && !migrated.has('from')) migrated.set('from', from);
      if (to !== '' && !migrated.has('to')) migrated.set('to', to);
    } else {
      migrated.set('time', time); // not that form: reported below as an unknown parameter
    }
    return migrated;
  },
];

function readDate(
  params: URLSearchParams,
  name: 'from' | 'to' | 'focus',
  fallbackText: string,
  notices: ViewNotice[],
): IsoDate | null {
  const value = params.get(name);
  if (value === null) return null;
  if (value.length <= MAX_VALUE_LENGTH && isIsoDate(value)) return value;
  notices.push({
    param: name,
    given: truncateForDisplay(value),
    problem: value === '' ? 'is empty' : 'is not a date in the form YYYY-MM-DD',
    usedInstead: fallbackText,
  });
  return null;
}

/** Reads a view from a query string. Never throws; anything unusable falls back to its default. */
export function parseViewParams(search: string): { view: ViewState; notices: ViewNotice[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  for (const migrate of MIGRATIONS) params = migrate(params);
  const notices: ViewNotice[] = [];

  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (!KNOWN_PARAMS.has(name)) {
      notices.push({
        param: truncateForDisplay(name),
        given: truncateForDisplay(params.get(name) ?? ''),
        problem: 'is not a setting of this dashboard',
        usedInstead: 'nothing (ignored)',
      });
    } else if (params.getAll(name).length > 1) {
      notices.push({
        param: name,
        given: truncateForDisplay(params.getAll(name).join(', ')),
        problem: 'is given more than once',
        usedInstead: 'the first value',
      });
    }
  }

  const from = readDate(params, 'from', 'the start of the data', notices);
  const to = readDate(params, 'to', 'the latest report', notices);
  const focus = readDate(params, 'focus', 'no focused date', notices);

  let scale: Scale = DEFAULT_VIEW.scale;
  const scaleValue = params.get('scale');
  if (scaleValue === 'log' || scaleValue === 'linear') scale = scaleValue;
  else if (scaleValue !== null) {
    notices.push({
      param: 'scale',
      given: truncateForDisplay(scaleValue),
      problem: 'is not "linear" or "log"',
      usedInstead: 'the linear scale',
    });
  }

  const tables: ChartId[] = [];
  const tableValue = params.get('table');
  if (tableValue !== null) {
    const names = tableValue.slice(0, MAX_VALUE_LENGTH * 4).split(',');
    const unknown = names.filter((name) => !(CHART_IDS as readonly string[]).includes(name));
    for (const id of CHART_IDS) if (names.includes(id)) tables.push(id);
    if (unknown.length > 0 || tableValue.length > MAX_VALUE_LENGTH * 4) {
      notices.push({
        param: 'table',
        given: truncateForDisplay(tableValue),
        problem: `names no chart of this dashboard (${CHART_IDS.join(', ')})`,
        usedInstead: tables.length > 0 ? tables.join(', ') : 'no open table',
      });
    }
  }

  return { view: { from, to, scale, focus, tables }, notices };
}

/** The dates the loaded data covers. */
export interface DataBounds {
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
}

/**
 * Fits a view to the data: dates outside it are moved to its ends, a range given the wrong way
 * round falls back to the whole range, and a focus outside the shown range is dropped. Values
 * equal to the defaults become null, so the canonical URL leaves them out.
 */
export function resolveView(
  view: ViewState,
  bounds: DataBounds,
): { view: ViewState; notices: ViewNotice[] } {
  const notices: ViewNotice[] = [];
  const clamp = (name: 'from' | 'to', date: IsoDate | null): IsoDate | null => {
    if (date === null) return null;
    if (date < bounds.firstDate || date > bounds.lastDate) {
      const edge = date < bounds.firstDate ? bounds.firstDate : bounds.lastDate;
      notices.push({
        param: name,
        given: date,
        problem: `is outside the data (${bounds.firstDate} to ${bounds.lastDate})`,
        usedInstead: edge,
      });
      return edge;
    }
    return date;
  };
  let from = clamp('from', view.from);
  let to = clamp('to', view.to);
  if (from !== null && to !== null && from > to) {
    notices.push({
      param: 'from',
      given: `${view.from} (after to=${view.to})`,
      problem: 'comes after the end of the range',
      usedInstead: 'the whole range of the data',
    });
    from = null;
    to = null;
  }
  if (from === bounds.firstDate) from = null;
  if (to === bounds.lastDate) to = null;

  let focus = view.focus;
  const shown = shownRange({ from, to }, bounds);
  if (focus !== null && !isInRange(shown, focus)) {
    notices.push({
      param: 'focus',
      given: focus,
      problem: `is outside the dates shown (${shown.from} to ${shown.to})`,
      usedInstead: 'no focused date',
    });
    focus = null;
  }
  return { view: { ...view, from, to, focus }, notices };
}

/** The canonical query string of a view ('' for the default view), defaults left out. */
export function serialiseView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.from !== null) params.set('from', view.from);
  if (view.to !== null) params.set('to', view.to);
  if (view.scale !== DEFAULT_VIEW.scale) params.set('scale', view.scale);
  if (view.focus !== null) params.set('focus', view.focus);
  const tables = CHART_IDS.filter((id) => view.tables.includes(id));
  if (tables.length > 0) params.set('table', tables.join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return query === '' ? '' : `?${query}`;
}

/** The dates a view shows: its range with the defaults filled in from the data. */
export function shownRange(
  view: Pick<ViewState, 'from' | 'to'>,
  bounds: DataBounds,
): { from: IsoDate; to: IsoDate } {
  return { from: view.from ?? bounds.firstDate, to: view.to ?? bounds.lastDate };
}
