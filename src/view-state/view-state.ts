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
 * Each parameter has one codec (`PARAMS`), one entry per field of `ViewState`: the compiler refuses
 * a field without its parser and serialiser.
 *
 * Parameters (all optional):
 *   from, to   ISO report dates, inclusive      ?from=2020-05-03&to=2020-05-07
 *   log        charts on a log scale            ?log=total-cases
 *   focus      a report date to highlight       ?focus=2020-05-07
 *   table      charts whose table is open       ?table=daily-cases,total-cases
 *   source     `jhu` (official is the default)  ?source=jhu
 *   region     a region's code (absent: Russia)  ?region=RU-MOW
 *   compare    up to 6 places, side by side      ?compare=RU-MOW,RU-SPE
 *   per        `100k`: figures per 100,000       ?per=100k
 *   map        `deaths`: what the map colours     ?map=deaths
 *   embed      one chart alone, for an iframe      ?embed=daily-cases
 *
 * Old forms still read: `time=FROM..TO` (Our World in Data's), `scale=log` (before each chart had
 * its own scale: the cumulative chart on a log scale).
 */
import { displayValue } from '../data/format';
import { type IsoDate, isIsoDate } from '../data/iso-date';
import type { MapMetric } from '../data/map-rates';
import { isInRange } from '../data/range';
import { isKnownPlace } from '../data/regions';
import { type PlaceCode, RUSSIA, type SourceId } from '../data/series';
import type { PanelMessages } from '../i18n/messages';
import { CHART_IDS, type ChartId } from './charts';

export type Scale = 'linear' | 'log';

export interface ViewState {
  /** First report date shown; null = the start of the data. */
  readonly from: IsoDate | null;
  /** Last report date shown; null = the latest report. */
  readonly to: IsoDate | null;
  /** Charts drawn on a log scale (the others are linear), in the order of CHART_IDS. */
  readonly logScale: readonly ChartId[];
  /** A report date the page is focused on (cards show it, charts mark it); null = none. */
  readonly focus: IsoDate | null;
  /** Charts whose data table is open, in the order of CHART_IDS. */
  readonly tables: readonly ChartId[];
  /** Whose figures are shown. */
  readonly source: SourceId;
  /** Where: Russia as a whole, or a region. */
  readonly region: PlaceCode;
  /** Places compared on one chart (7-day averages per 100,000), in the order given. */
  readonly compare: readonly PlaceCode[];
  /** Counts as reported, or every figure per 100,000 residents. */
  readonly per: Per;
  /** What the map colours: new cases or deaths per 100,000 over 7 days. */
  readonly mapMetric: MapMetric;
  /** One chart alone, with its title, source and a link to the whole dashboard; null = the page. */
  readonly embed: ChartId | null;
}

export type Per = 'count' | '100k';

export const DEFAULT_VIEW: ViewState = {
  from: null,
  to: null,
  logScale: [],
  focus: null,
  tables: [],
  source: 'official',
  region: RUSSIA,
  compare: [],
  per: 'count',
  mapMetric: 'cases',
  embed: null,
};

/** The most places one comparison chart can tell apart (colours and dash patterns). */
export const MAX_COMPARED = 6;

/** Something in the link that could not be used as it was, and what was used instead. */
export interface ViewNotice {
  /** The parameter's name, made safe to show (see `displayValue`). */
  readonly param: string;
  /** The value as given, made safe to show. Always shown as text, never as HTML. */
  readonly given: string;
  readonly problem: NoticeText;
  readonly usedInstead: NoticeText;
}

/**
 * A part of a notice, worded when the notice is shown: the notice's words download with it, and
 * only a link with a problem needs them (see src/app/view-notices.tsx).
 */
export type NoticeText = (words: NoticeWords) => string;

type NoticeWords = PanelMessages['notices'];

/** The notices' words that are a plain string (the others are worded from figures). */
type PlainNoticeWord = {
  [K in keyof NoticeWords]: NoticeWords[K] extends string ? K : never;
}[keyof NoticeWords];

/** One of the notices' plain words, by its name: `word('wholeRange')`. */
const word =
  (name: PlainNoticeWord): NoticeText =>
  (words) =>
    words[name];

/** Longer values are not dates or chart names; reading them further only costs time. */
const MAX_VALUE_LENGTH = 100;

/** How one field of the view is read from and written to the URL. */
interface ParamCodec<T> {
  /** The query parameter's name. */
  readonly name: string;
  /** The field's value from the parameter's value; null when it is unusable (a notice is added). */
  readonly parse: (value: string, notices: ViewNotice[]) => T | null;
  /** The parameter's value, or null to leave it out (the default). */
  readonly serialise: (value: T) => string | null;
}

type Codecs = { readonly [K in keyof ViewState]: ParamCodec<ViewState[K]> };

function notice(
  param: string,
  given: string,
  problem: NoticeText,
  usedInstead: NoticeText,
): ViewNotice {
  return { param, given: displayValue(given), problem, usedInstead };
}

function dateCodec(name: string, fallbackText: NoticeText): ParamCodec<IsoDate | null> {
  return {
    name,
    parse: (value, notices) => {
      if (value.length <= MAX_VALUE_LENGTH && isIsoDate(value)) return value;
      notices.push(
        notice(name, value, value === '' ? word('isEmpty') : word('notADate'), fallbackText),
      );
      return null;
    },
    serialise: (value) => value,
  };
}

function choiceCodec<T extends string>(
  name: string,
  choices: readonly T[],
  fallback: T,
  fallbackText: NoticeText,
): ParamCodec<T> {
  return {
    name,
    parse: (value, notices) => {
      if ((choices as readonly string[]).includes(value)) return value as T;
      notices.push(notice(name, value, (w) => w.notOneOf(choices), fallbackText));
      return null;
    },
    serialise: (value) => (value === fallback ? null : value),
  };
}

/** A set of charts, by id, written in the order of CHART_IDS: `table=` and `log=`. */
function chartSetCodec(name: string, noneText: NoticeText): ParamCodec<readonly ChartId[]> {
  return {
    name,
    parse: (value, notices) => {
      const names = value.slice(0, MAX_VALUE_LENGTH * 4).split(',');
      const unknown = names.filter((id) => !(CHART_IDS as readonly string[]).includes(id));
      const charts = CHART_IDS.filter((id) => names.includes(id));
      if (unknown.length > 0 || value.length > MAX_VALUE_LENGTH * 4) {
        notices.push(
          notice(
            name,
            value,
            (w) => w.noSuchChart(CHART_IDS),
            charts.length > 0 ? () => charts.join(', ') : noneText,
          ),
        );
      }
      return charts;
    },
    serialise: (charts) => {
      const ordered = CHART_IDS.filter((id) => charts.includes(id));
      return ordered.length > 0 ? ordered.join(',') : null;
    },
  };
}

const PARAMS: Codecs = {
  per: choiceCodec<Per>('per', ['count', '100k'], DEFAULT_VIEW.per, word('counts')),
  mapMetric: choiceCodec<MapMetric>(
    'map',
    ['cases', 'deaths'],
    DEFAULT_VIEW.mapMetric,
    word('cases'),
  ),
  compare: {
    name: 'compare',
    parse: (value, notices) => {
      const codes = value.slice(0, MAX_VALUE_LENGTH * 4).split(',');
      const known = [...new Set(codes.filter((code) => isKnownPlace(code)))];
      const kept = known.slice(0, MAX_COMPARED);
      const unknown = codes.filter((code) => code !== '' && !isKnownPlace(code));
      if (unknown.length > 0) {
        notices.push(
          notice(
            'compare',
            unknown.join(','),
            (w) => w.noSuchPlaces(unknown.length),
            kept.length > 0 ? () => kept.join(', ') : word('noComparison'),
          ),
        );
      }
      if (known.length > MAX_COMPARED) {
        notices.push(
          notice(
            'compare',
            value,
            (w) => w.tooManyPlaces(known.length, MAX_COMPARED),
            (w) => w.firstOf(MAX_COMPARED, kept.join(', ')),
          ),
        );
      }
      return kept as PlaceCode[];
    },
    serialise: (places) => (places.length > 0 ? places.join(',') : null),
  },
  region: {
    name: 'region',
    parse: (value, notices) => {
      if (value.length <= MAX_VALUE_LENGTH && isKnownPlace(value)) return value;
      notices.push(notice('region', value, word('notARegion'), word('russiaAsAWhole')));
      return null;
    },
    serialise: (value) => (value === RUSSIA ? null : value),
  },
  from: dateCodec('from', word('startOfData')),
  to: dateCodec('to', word('latestReport')),
  focus: dateCodec('focus', word('noFocus')),
  logScale: chartSetCodec('log', word('noLogScale')),
  source: choiceCodec<SourceId>(
    'source',
    ['official', 'jhu'],
    DEFAULT_VIEW.source,
    word('officialReports'),
  ),
  tables: chartSetCodec('table', word('noTable')),
  embed: {
    name: 'embed',
    parse: (value, notices) => {
      if ((CHART_IDS as readonly string[]).includes(value)) return value as ChartId;
      notices.push(notice('embed', value, (w) => w.noSuchChart(CHART_IDS), word('wholePage')));
      return null;
    },
    serialise: (value) => value,
  },
};

/** The fields of the view in the order their parameters are written. */
const FIELD_ORDER = [
  'region',
  'source',
  'from',
  'to',
  'logScale',
  'focus',
  'tables',
  'compare',
  'per',
  'mapMetric',
  'embed',
] as const satisfies readonly (keyof ViewState)[];
// Every field is written: a field missing from FIELD_ORDER fails to compile here.
type MissingFromOrder = Exclude<keyof ViewState, (typeof FIELD_ORDER)[number]>;
const orderIsComplete: MissingFromOrder extends never ? true : never = true;
void orderIsComplete;

const KNOWN_PARAMS = new Set(FIELD_ORDER.map((field) => PARAMS[field].name));

/** The words of Our World in Data's grapher for the ends of the data in `time=`. */
const TIME_WORDS: Record<string, string> = { earliest: '', latest: '' };

/**
 * Old parameter forms, rewritten to the current ones before parsing, so old links keep working.
 * Each entry takes the parameters and the notices, and returns the parameters migrated.
 */
const MIGRATIONS: readonly ((params: URLSearchParams, notices: ViewNotice[]) => URLSearchParams)[] =
  [
    // `time=FROM..TO`, the form Our World in Data's grapher uses (ends may be `earliest` and
    // `latest`, or left empty), read as from/to.
    (params, notices) => {
      const times = params.getAll('time');
      const time = times[0];
      if (time === undefined) return params;
      const migrated = new URLSearchParams(params);
      migrated.delete('time');
      if (times.length > 1) {
        notices.push(notice('time', times.join(', '), word('givenTwice'), word('firstValue')));
      }
      const [from, to, ...rest] = time.split('..');
      if (rest.length > 0 || from === undefined || to === undefined) {
        notices.push(notice('time', time, word('notATimeRange'), word('wholeRange')));
        return migrated;
      }
      // `latest..` or `..earliest` would be a range the wrong way round (a one-day range at
      // best): that end is not used, and the notice says so.
      if (from === 'latest' || to === 'earliest') {
        notices.push(notice('time', time, word('timeWrongWay'), word('wholeRange')));
        return migrated;
      }
      const end = (value: string) => TIME_WORDS[value] ?? value;
      if (end(from) !== '' && !migrated.has('from')) migrated.set('from', end(from));
      if (end(to) !== '' && !migrated.has('to')) migrated.set('to', end(to));
      return migrated;
    },
    // `scale=log|linear`, from when one switch set the scale of the cumulative chart (the only
    // one that had it): read as `log=total-cases`, or as nothing.
    (params, notices) => {
      const scales = params.getAll('scale');
      const scale = scales[0];
      if (scale === undefined) return params;
      const migrated = new URLSearchParams(params);
      migrated.delete('scale');
      if (scales.length > 1) {
        notices.push(notice('scale', scales.join(', '), word('givenTwice'), word('firstValue')));
      }
      if (scale === 'log') {
        if (!migrated.has('log')) migrated.set('log', 'total-cases');
      } else if (scale !== 'linear') {
        notices.push(
          notice('scale', scale, (w) => w.notOneOf(['linear', 'log']), word('linearScale')),
        );
      }
      return migrated;
    },
  ];

/** Reads a view from a query string. Never throws; anything unusable falls back to its default. */
export function parseViewParams(search: string): { view: ViewState; notices: ViewNotice[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const notices: ViewNotice[] = [];
  for (const migrate of MIGRATIONS) params = migrate(params, notices);

  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (!KNOWN_PARAMS.has(name)) {
      notices.push(
        notice(displayValue(name), params.get(name) ?? '', word('unknownParam'), word('ignored')),
      );
    } else if (params.getAll(name).length > 1) {
      notices.push(
        notice(name, params.getAll(name).join(', '), word('givenTwice'), word('firstValue')),
      );
    }
  }

  const read = <K extends keyof ViewState>(field: K): ViewState[K] => {
    const codec = PARAMS[field];
    const value = params.get(codec.name);
    return value === null
      ? DEFAULT_VIEW[field]
      : (codec.parse(value, notices) ?? DEFAULT_VIEW[field]);
  };
  let view: ViewState = {
    from: read('from'),
    to: read('to'),
    focus: read('focus'),
    logScale: read('logScale'),
    tables: read('tables'),
    source: read('source'),
    region: read('region'),
    compare: read('compare'),
    per: read('per'),
    mapMetric: read('mapMetric'),
    embed: read('embed'),
  };
  // Per 100,000 needs the population the figures count: JHU's Russia left out Crimea and
  // Sevastopol from June 2020, so its rates would be wrong by a changing amount.
  // Both rules apply in turn: a link may break either or both.
  if (view.per === '100k' && view.source === 'jhu') {
    notices.push(notice('per', '100k', word('per100kOfficialOnly'), word('counts')));
    view = { ...view, per: DEFAULT_VIEW.per };
  }
  // JHU's series is national only: a region is shown from the official reports.
  if (view.region !== RUSSIA && view.source === 'jhu') {
    notices.push(notice('source', 'jhu', word('jhuNationalOnly'), word('officialReports')));
    view = { ...view, source: DEFAULT_VIEW.source };
  }
  return { view, notices };
}

/** The dates the loaded data covers. */
export interface DataBounds {
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
}

/**
 * Fits a view to the data: a date outside it falls back to its default (the start or the end of
 * the data), a range given the wrong way round falls back to the whole range, and a focus outside
 * the shown range is dropped. Values equal to the defaults become null, so the canonical URL
 * leaves them out.
 */
export function resolveView(
  view: ViewState,
  bounds: DataBounds,
): { view: ViewState; notices: ViewNotice[] } {
  const notices: ViewNotice[] = [];
  const outside: NoticeText = (w) => w.outsideData(bounds.firstDate, bounds.lastDate);
  const inData = (name: 'from' | 'to', date: IsoDate | null, fallbackText: NoticeText) => {
    if (date === null || isInRange({ from: bounds.firstDate, to: bounds.lastDate }, date)) {
      return date;
    }
    notices.push(notice(name, date, outside, fallbackText));
    return null;
  };
  let from = inData('from', view.from, (w) => w.startOfDataOn(bounds.firstDate));
  let to = inData('to', view.to, (w) => w.latestReportOn(bounds.lastDate));
  if (from !== null && to !== null && from > to) {
    notices.push(notice('from', `${from} (after to=${to})`, word('afterEnd'), word('wholeRange')));
    from = null;
    to = null;
  }
  if (from === bounds.firstDate) from = null;
  if (to === bounds.lastDate) to = null;

  let focus = view.focus;
  const shown = shownRange({ from, to }, bounds);
  if (focus !== null && !isInRange(shown, focus)) {
    notices.push(
      notice('focus', focus, (w) => w.outsideShown(shown.from, shown.to), word('noFocus')),
    );
    focus = null;
  }
  return { view: { ...view, from, to, focus }, notices };
}

/** The canonical query string of a view ('' for the default view), defaults left out. */
export function serialiseView(view: ViewState): string {
  const params = new URLSearchParams();
  for (const field of FIELD_ORDER) {
    const codec = PARAMS[field] as ParamCodec<ViewState[typeof field]>;
    const value = codec.serialise(view[field]);
    if (value !== null) params.set(codec.name, value);
  }
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
