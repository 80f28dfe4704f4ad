/**
 * The cases of the attack harness (scripts/fuzz.ts and tests/e2e/fuzz.e2e.test.ts): links, data
 * files and network faults, each with what the page must do about it.
 *
 * Pure: no browser, no file system, no clock. Links come from a seeded generator, so a seed names a
 * run and any failure can be replayed. Every expectation is known by construction (a valid link is
 * assembled from valid parts; an invalid one is a valid one with a defect put in on purpose), never
 * by asking the app's own parser, so the oracle cannot share the app's bugs.
 *
 * The contracts these cases encode (docs: the team's brief for the harness):
 *   - links: `from`, `to` (ISO report dates), `scale` (linear|log), `focus` (ISO date), `table`
 *     (comma list of daily-cases, total-cases, daily-deaths), `source` (official|jhu), and the
 *     legacy `time=FROM..TO` (FROM may be `earliest`, TO may be `latest`). Anything unusable shows
 *     a warning notice; an entirely valid link shows none.
 *   - data files: any malformed file gives an error notice naming the row and field where it can;
 *     a valid file with hostile strings shows its figures with every string kept as text.
 *   - network faults: each ends in a notice with a way on (Retry), never in a blank or endless page.
 */

// ---------------------------------------------------------------------------------------------
// Seeded randomness

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  shuffle<T>(items: readonly T[]): T[];
}

/** FNV-1a, so that a seed can be any text (`--seed nightly-3`) and still name one run. */
function hashSeed(seed: number | string): number {
  const text = String(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough to spread cases; not for anything secret. */
export function createRandom(seed: number | string): Random {
  let state = hashSeed(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (probability) => next() < probability,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}

/** `count` cases chosen at random (seeded), in their original order; 'all' keeps them all. */
export function sampleCases<T>(cases: readonly T[], count: number | 'all', seed: number | string) {
  if (count === 'all' || count >= cases.length) return [...cases];
  const chosen = new Set(
    createRandom(seed)
      .shuffle(cases.map((_, index) => index))
      .slice(0, count),
  );
  return cases.filter((_, index) => chosen.has(index));
}

// ---------------------------------------------------------------------------------------------
// Dates

const MS_PER_DAY = 86_400_000;
const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
  MS_PER_DAY;
const isoOfDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * The report dates a link may name without a notice, whatever its source: the span of the
 * official series, which the JHU series (2020-01-22..2023-03-09) covers too. The brief's contract,
 * not read from the build.
 */
export const LINK_DATES = { first: '2020-01-31', last: '2023-02-03' } as const;

/** Dates worth hitting more often than chance would: the edges, a leap day, the story's report. */
const INTERESTING_DATES = [
  LINK_DATES.first,
  LINK_DATES.last,
  '2020-02-01',
  '2020-02-29',
  '2020-05-07',
  '2020-12-31',
  '2021-01-01',
  '2022-01-20',
  '2022-01-21',
  '2023-02-02',
];

/** A valid link date in [from, to] (defaults: the whole span). */
function pickDate(random: Random, from: string = LINK_DATES.first, to: string = LINK_DATES.last) {
  const lo = dayNumber(from);
  const hi = dayNumber(to);
  if (random.chance(0.2)) {
    const inside = INTERESTING_DATES.filter((d) => dayNumber(d) >= lo && dayNumber(d) <= hi);
    if (inside.length > 0) return random.pick(inside);
  }
  return isoOfDay(random.int(lo, hi));
}

/** Two valid dates in order (possibly the same day). */
function pickRange(random: Random): [string, string] {
  const a = pickDate(random);
  const b = pickDate(random);
  return a <= b ? [a, b] : [b, a];
}

// ---------------------------------------------------------------------------------------------
// Links

export const CHART_IDS = ['daily-cases', 'total-cases', 'daily-deaths'] as const;
export const SOURCE_IDS = ['official', 'jhu'] as const;
/**
 * Every parameter name the page understands, the legacy `time` included. `region` is newer than
 * the harness's contract: never generated, but never taken for an unknown name either.
 */
const KNOWN_PARAMS = new Set([
  'from',
  'to',
  'scale',
  'log',
  'focus',
  'table',
  'source',
  'time',
  'region',
  'map',
]);

export interface LinkCase {
  /** `link 17`, stable for a seed. */
  readonly name: string;
  /** The query string as typed into the address bar ('' or '?...'), already percent-encoded. */
  readonly search: string;
  /** How the link was made: 'valid', or the defects put into it. */
  readonly construction: string;
  readonly expectNotice: boolean;
  /** More than 10 distinct problems: the notice must end its list with "and N more". */
  readonly expectMoreLine: boolean;
}

/** A query parameter as written in the URL: [raw name, raw value] (null value: no `=` at all). */
type Pair = [name: string, value: string | null];

const toSearch = (pairs: readonly Pair[]): string =>
  pairs.length === 0
    ? ''
    : `?${pairs.map(([name, value]) => (value === null ? name : `${name}=${value}`)).join('&')}`;

const without = (pairs: Pair[], ...names: string[]): Pair[] =>
  pairs.filter(([name]) => !names.includes(name));

/** Replaces every occurrence of `name` by one `name=value`. */
const withParam = (pairs: Pair[], name: string, value: string | null): Pair[] => [
  ...without(pairs, name),
  [name, value],
];

/** Encodes only what would break the query's structure, leaving the rest raw (`<`, `"`, `%`). */
const looseEncode = (text: string): string =>
  text.replace(/[#&=+ ]/g, (c) => (c === ' ' ? '+' : `%${c.charCodeAt(0).toString(16)}`));

/** A value from outside, sometimes fully encoded, sometimes as raw as a URL allows. */
const junkValue = (random: Random, text: string): string =>
  random.chance(0.5) ? encodeURIComponent(text) : looseEncode(text);

/** The decoded name of a raw parameter name, as any URL parser reads it. */
const decodedName = (raw: string): string => [...new URLSearchParams(`${raw}=1`).keys()][0] ?? '';

/** A complete valid link: every parameter optional, in any order, each value a usable one. */
function validPairs(random: Random): Pair[] {
  let pairs: Pair[] = [];
  let shownFrom: string = LINK_DATES.first;
  let shownTo: string = LINK_DATES.last;
  const rangeForm = random.pick(['none', 'from', 'to', 'both', 'both', 'time'] as const);
  if (rangeForm === 'from' || rangeForm === 'both') shownFrom = pickDate(random);
  if (rangeForm === 'to' || rangeForm === 'both') shownTo = pickDate(random, shownFrom);
  if (rangeForm === 'from' || rangeForm === 'both') pairs.push(['from', shownFrom]);
  if (rangeForm === 'to' || rangeForm === 'both') pairs.push(['to', shownTo]);
  if (rangeForm === 'time') {
    const fromWord = random.chance(0.3) ? 'earliest' : pickDate(random);
    if (fromWord !== 'earliest') shownFrom = fromWord;
    const toWord = random.chance(0.3) ? 'latest' : pickDate(random, shownFrom);
    if (toWord !== 'latest') shownTo = toWord;
    pairs.push(['time', `${fromWord}..${toWord}`]);
  }
  const scale = random.pick([null, null, 'linear', 'log', 'log']);
  if (scale !== null) pairs.push(['scale', scale]);
  if (random.chance(0.3)) pairs.push(['focus', pickDate(random, shownFrom, shownTo)]);
  if (random.chance(0.3)) {
    const tables = random.shuffle(CHART_IDS).slice(0, random.int(1, CHART_IDS.length));
    pairs.push(['table', tables.join(random.chance(0.2) ? '%2C' : ',')]);
  }
  const source = random.pick([null, null, ...SOURCE_IDS]);
  if (source !== null) pairs.push(['source', source]);
  pairs = random.shuffle(pairs);
  return pairs;
}

const BAD_DATES = [
  '2020-13-45',
  '0202-01-31',
  '99999-01-01',
  '2021-02-29',
  '2020-00-10',
  '2020-04-31',
  '2020-1-5',
  '20200505',
  '2020/05/05',
  '05-07-2020',
  '2020-05-07T00:00:00Z',
  '%202020-05-07',
  '2020-05-07%20',
  '2020-05-07%00',
  '%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%90-05-07', // fullwidth digits
  '%E2%80%AE2020-05-07', // right-to-left override
  '2020-05-07%E2%80%8F', // right-to-left mark
  'banana',
  'today',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e400',
  '%ZZ',
  '%E0%A4%A',
  '',
];

/**
 * Valid calendar dates outside the data of every source. Not the days just outside LINK_DATES:
 * 2020-01-30 and 2023-02-04 are in the JHU series, so with `source=jhu` they are fine.
 */
const OUTSIDE_DATES = [
  '2019-12-31',
  '2024-01-01',
  '0202-01-31',
  '1970-01-01',
  '1900-01-01',
  '0001-01-01',
  '9999-12-31',
];

const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'-alert(1)-'",
  'javascript:alert(1)',
  '<iframe src=javascript:alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
];

const UNKNOWN_NAMES = [
  'utm_source',
  'utm_campaign',
  'fbclid',
  'gclid',
  'ref',
  'From',
  'FROM',
  'To',
  'Scale',
  'tables',
  'date',
  'range',
  'sources',
  'times',
  'from%20',
  '%20from',
  'from[]',
  'from.x',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '__defineGetter__',
  '%E2%80%AEfrom',
  '%E0%A4%A',
  '%ZZ',
  '%',
  '',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<b>x</b>',
];

/** A parameter value that is not a date, a scale, a chart or a source. */
const JUNK_VALUES = ['1', '', 'true', 'abc', '%ZZ', '%E2%80%AE', ...MARKUP];

type Mutation = {
  readonly label: string;
  /** Puts one defect into the link. The defect alone must make the page show a notice. */
  readonly apply: (pairs: Pair[], random: Random) => Pair[];
};

const DATE_PARAMS = ['from', 'to', 'focus'] as const;

/**
 * Defects that depend on other parameters (a range the wrong way round, a focus outside the range).
 * At most one per link, applied first: the defects after it never rely on it.
 */
const DEPENDENT_MUTATIONS: readonly Mutation[] = [
  {
    label: 'from after to',
    apply: (pairs, random) => {
      let [a, b] = pickRange(random);
      if (a === b) [a, b] = ['2020-05-03', '2020-05-07'];
      return [...without(pairs, 'from', 'to', 'time', 'focus'), ['to', a], ['from', b]];
    },
  },
  {
    label: 'time reversed',
    apply: (pairs, random) => {
      let [a, b] = pickRange(random);
      if (a === b) [a, b] = ['2021-01-01', '2021-06-30'];
      const to = random.chance(0.2) ? 'earliest' : a;
      const from = random.chance(0.2) ? 'latest' : b;
      return withParam(without(pairs, 'from', 'to', 'focus'), 'time', `${from}..${to}`);
    },
  },
  {
    label: 'focus outside the range',
    apply: (pairs, random) => {
      // A range strictly inside the span, and a focus on one side of it.
      const from = pickDate(random, '2020-03-01', '2021-06-30');
      const to = pickDate(random, from, '2022-12-31');
      const focus = random.chance(0.5)
        ? pickDate(random, LINK_DATES.first, isoOfDay(dayNumber(from) - 1))
        : pickDate(random, isoOfDay(dayNumber(to) + 1), LINK_DATES.last);
      return [
        ...without(pairs, 'from', 'to', 'time', 'focus'),
        ['from', from],
        ['to', to],
        ['focus', focus],
      ];
    },
  },
];

const INDEPENDENT_MUTATIONS: readonly Mutation[] = [
  {
    label: 'unknown parameter',
    apply: (pairs, random) => {
      const name = random.chance(0.7)
        ? random.pick(UNKNOWN_NAMES)
        : `x${random.int(0, 1e6).toString(36)}`;
      return [...pairs, [name, junkValue(random, random.pick(JUNK_VALUES))]];
    },
  },
  {
    label: 'parameter without a value',
    apply: (pairs, random) =>
      withParam(
        pairs,
        random.pick(['from', 'to', 'focus', 'scale', 'source', 'table']),
        random.pick([null, '']),
      ),
  },
  {
    label: 'bad date',
    apply: (pairs, random) =>
      withParam(pairs, random.pick(DATE_PARAMS), random.pick(BAD_DATES.filter(Boolean))),
  },
  {
    label: 'date outside the data',
    apply: (pairs, random) =>
      withParam(pairs, random.pick(DATE_PARAMS), random.pick(OUTSIDE_DATES)),
  },
  {
    label: 'markup in a value',
    apply: (pairs, random) =>
      withParam(
        pairs,
        random.pick(['from', 'to', 'focus', 'scale', 'table', 'source', 'time']),
        junkValue(random, random.pick(MARKUP)),
      ),
  },
  {
    label: 'bad scale',
    apply: (pairs, random) =>
      withParam(
        pairs,
        'scale',
        random.pick(['LOG', 'Log', 'logarithmic', 'lin', '0', 'log%20', 'log%00', 'linear,log']),
      ),
  },
  {
    label: 'bad table',
    apply: (pairs, random) =>
      withParam(
        pairs,
        'table',
        random.pick([
          'daily-case',
          'Daily-Cases',
          'all',
          'daily-cases;total-cases',
          'daily-cases,weekly-cases',
          'daily-cases,%3Cb%3Ex%3C%2Fb%3E',
          '%E2%80%AEdaily-cases',
        ]),
      ),
  },
  {
    label: 'bad source',
    apply: (pairs, random) =>
      withParam(
        pairs,
        'source',
        random.pick(['who', 'OFFICIAL', 'Jhu', 'owid', 'official,jhu', 'jhu%20', '%E2%80%AEjhu']),
      ),
  },
  {
    label: 'bad time',
    apply: (pairs, random) =>
      withParam(
        without(pairs, 'from', 'to'),
        'time',
        random.pick([
          '1..2..3',
          '2020-05-01',
          '2020-05-01...2020-06-01',
          'banana..2020-05-01',
          'earliest..2020-13-01',
          '2020-05-01..tomorrow',
          '2019-01-01..latest',
          'earliest..2099-01-01',
          '%E2%80%AE2020-05-01..latest',
        ]),
      ),
  },
  {
    label: 'repeated parameter',
    apply: (pairs, random) => {
      const name = random.pick(['from', 'to', 'scale', 'focus', 'table', 'source', 'time']);
      const value = (): string => {
        switch (name) {
          case 'scale':
            return random.pick(['linear', 'log']);
          case 'table':
            return random.pick(CHART_IDS);
          case 'source':
            return random.pick(SOURCE_IDS);
          case 'time':
            return `earliest..${pickDate(random)}`;
          default:
            return pickDate(random);
        }
      };
      const first = value();
      const second = random.chance(0.3) ? first : value();
      const rest = name === 'time' ? without(pairs, 'time', 'from', 'to') : without(pairs, name);
      return [...rest, [name, first], [name, second]];
    },
  },
  {
    label: 'huge value',
    apply: (pairs, random) => {
      const length = random.int(500, 10_000);
      const name = random.pick(['from', 'to', 'focus', 'scale', 'table', 'source', 'utm_x']);
      const filler = name === 'table' ? `daily-cases${'x'.repeat(length)}` : '7'.repeat(length);
      return withParam(pairs, name, filler);
    },
  },
  {
    label: 'percent garbage',
    apply: (pairs, random) =>
      random.chance(0.5)
        ? [...pairs, [random.pick(['%E0%A4%A', '%ZZ', '%C0%AF', '%FF%FE']), '1']]
        : withParam(
            pairs,
            random.pick(['from', 'scale', 'table', 'source']),
            random.pick(['%ZZ', '%E0%A4%A', '%FF%FE', '%C0%AF', '%25', '%']),
          ),
  },
  {
    label: 'bidi controls',
    apply: (pairs, random) =>
      random.chance(0.5)
        ? [...pairs, [random.pick(['%E2%80%AEfrom', '%E2%81%A6x', 'a%E2%80%8Fb']), '1']]
        : withParam(
            pairs,
            random.pick(['from', 'scale', 'source', 'table']),
            random.pick(['%E2%80%AEgol', 'log%E2%80%AC', '%E2%81%A7official', '%E2%80%AE']),
          ),
  },
];

/** An ~8 KB link: hundreds of unknown parameters, more than any notice should list. */
function manyUnknownParams(pairs: Pair[], random: Random): Pair[] {
  const count = random.int(200, 400);
  const extra: Pair[] = [];
  for (let i = 0; i < count; i++) extra.push([`junk_param_${i}`, `value_${i}_${'y'.repeat(8)}`]);
  return [...pairs, ...extra];
}

/** The unknown parameter names of a link (decoded, distinct): how many problems it has at least. */
function distinctUnknownNames(pairs: readonly Pair[]): number {
  return new Set(pairs.map(([name]) => decodedName(name)).filter((n) => !KNOWN_PARAMS.has(n))).size;
}

/** Checks the construction: a link called valid must use known names only, once each. */
function assertValid(pairs: readonly Pair[]): void {
  const names = pairs.map(([name]) => decodedName(name));
  if (names.some((n) => !KNOWN_PARAMS.has(n)) || new Set(names).size !== names.length) {
    throw new Error(`fuzz-cases: built an invalid "valid" link ${toSearch(pairs)}`);
  }
}

/** Links every run tries first: the ones of the original attack and a few valid baselines. */
const FIXED_LINKS: readonly Omit<LinkCase, 'name'>[] = [
  ...[
    '',
    '?scale=log',
    '?from=2020-05-03&to=2020-05-07',
    '?focus=2020-05-07',
    '?time=earliest..latest',
    '?time=2020-05-03..2020-05-07',
    '?source=jhu&from=2022-06-01&to=2023-02-03',
    '?source=official&table=daily-cases,total-cases,daily-deaths&scale=linear',
    `?from=${LINK_DATES.first}&to=${LINK_DATES.last}`,
  ].map((search) => ({
    search,
    construction: 'valid (fixed)',
    expectNotice: false,
    expectMoreLine: false,
  })),
  ...[
    '?from=banana&to=2020-13-45',
    '?from=2021-05-07&to=2020-05-03',
    '?from=1900-01-01&to=2999-12-31',
    '?scale=<script>alert(1)</script>',
    `?from=<img src=x onerror=alert(1)>&focus=${encodeURIComponent('"><svg onload=alert(1)>')}`,
    `?to=${'7'.repeat(10_000)}`,
    '?utm_source=mail&fbclid=abc&from=',
    '?table=daily-cases,<b>x</b>&scale=',
    '?focus=2023-01-01&time=1..2..3',
    '?%E0%A4%A=1&from=%ZZ',
    '?from=0202-01-31',
    '?to=99999-01-01',
    '?scale=log&scale=log',
    '?source=%E2%80%AEofficial',
    '?time=latest..earliest',
  ].map((search) => ({
    search,
    construction: 'hostile (fixed)',
    expectNotice: true,
    expectMoreLine: false,
  })),
];

/** One link, valid or with 1-4 defects put in, as its oracle says. */
function randomLink(random: Random): Omit<LinkCase, 'name'> {
  let pairs = validPairs(random);
  if (random.chance(0.4)) {
    assertValid(pairs);
    return {
      search: toSearch(pairs),
      construction: 'valid',
      expectNotice: false,
      expectMoreLine: false,
    };
  }
  const labels: string[] = [];
  if (random.chance(0.25)) {
    const mutation = random.pick(DEPENDENT_MUTATIONS);
    pairs = mutation.apply(pairs, random);
    labels.push(mutation.label);
  }
  if (random.chance(0.02)) {
    pairs = manyUnknownParams(pairs, random);
    labels.push('hundreds of unknown parameters');
  }
  const independent = random.int(labels.length === 0 ? 1 : 0, 3);
  for (let i = 0; i < independent; i++) {
    const mutation = random.pick(INDEPENDENT_MUTATIONS);
    pairs = mutation.apply(pairs, random);
    labels.push(mutation.label);
  }
  return {
    search: toSearch(random.chance(0.5) ? random.shuffle(pairs) : pairs),
    construction: labels.join(' + '),
    expectNotice: true,
    expectMoreLine: distinctUnknownNames(pairs) > 10,
  };
}

/**
 * `count` links for seed `seed`: the fixed ones first (as many as fit), then random ones, about
 * 40% valid. The same seed and count give the same links.
 */
export function generateLinkCases(count: number, seed: number | string): LinkCase[] {
  const random = createRandom(`links:${seed}`);
  const links: Omit<LinkCase, 'name'>[] = FIXED_LINKS.slice(0, count);
  while (links.length < count) links.push(randomLink(random));
  return links.map((link, index) => ({ name: `link ${index}`, ...link }));
}

// ---------------------------------------------------------------------------------------------
// Data files

/** The real data file as served, read once from the server (see fuzz-run.ts). */
export interface RealDataFile {
  /** Its path on the server, e.g. `/data/series/official-RU.9eede4b9.json`. */
  readonly path: string;
  readonly text: string;
}

export type DataFileOutcome =
  /** An error notice (role=alert, notice--error) that says every one of `mentions`. */
  | 'error-notice'
  /** The figures, and no error notice. */
  | 'ok'
  /** The figures, no error notice, and no link with a scheme other than http(s)/mailto. */
  | 'ok-no-unsafe-links';

export interface DataFileCase {
  readonly name: string;
  readonly outcome: DataFileOutcome;
  /** What the error notice must say, e.g. the row and the field of the defect. */
  readonly mentions: readonly Mention[];
  readonly status: number;
  readonly contentType: string;
  /** The body served in place of the real file (a function: some are megabytes). */
  readonly body: () => string;
  /** How long the page may take to settle (big files take longer to refuse). */
  readonly settleMs: number;
}

/** The shape of a report file, as far as the mutations need it. */
interface ReportFileJson {
  format: unknown;
  version: unknown;
  meta: Record<string, unknown>;
  columns: string[];
  rows: unknown[][];
  [key: string]: unknown;
}

function parseRealFile(text: string): ReportFileJson {
  const json: unknown = JSON.parse(text);
  const file = json as Partial<ReportFileJson> | null;
  if (
    !file ||
    typeof file !== 'object' ||
    !file.meta ||
    !Array.isArray(file.columns) ||
    !Array.isArray(file.rows) ||
    file.rows.length < 3 ||
    !file.rows.every(Array.isArray)
  ) {
    throw new Error('fuzz-cases: the real data file is not {format, version, meta, columns, rows}');
  }
  return file as ReportFileJson;
}

/** Something an error notice must say: `says` for the report, `pattern` to find it. */
export interface Mention {
  readonly says: string;
  readonly pattern: RegExp;
}

/** `row 5` (1-based data row, as people count) in any of the usual spellings. */
const rowPattern = (...rows: number[]): Mention => ({
  says: `row ${rows.join(' or ')}`,
  pattern: new RegExp(`\\brow\\s*(?:#|no\\.?|number)?\\s*(?:${rows.join('|')})\\b`, 'i'),
});

/** The field by its column name (`newCases`) or its words (`new cases`). */
function fieldPattern(column: string): Mention {
  const words = column.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    says: `field ${column}`,
    pattern: new RegExp(`\\b(?:${escapeRegExp(column)}|${escapeRegExp(words)})\\b`, 'i'),
  };
}

const HTML_ERROR_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>';

const RAW_1E400 = '__RAW_1E400__';
const RAW_DEEP = '__RAW_DEEP__';
/** Arrays this deep inside a value that should be a string or a row. */
const DEEP = 5_000;

/** 6 MB: past any sane limit for a ~80 KB national series. */
const PADDED_SIZE = 6_000_000;

/**
 * The catalogue of malformed (and hostile but valid) data files, made from the real file so that
 * each has exactly the defect its name says and nothing else.
 */
export function dataFileCases(real: RealDataFile): DataFileCase[] {
  const base = parseRealFile(real.text);
  const { columns } = base;
  const rowCount = base.rows.length;
  const dateColumn = columns[0] ?? 'date';
  /** A cumulative column (`totalCases`), else the second count column. */
  const firstTotal = columns.findIndex((c) => /^total/i.test(c));
  const totalColumn = firstTotal > 0 ? firstTotal : Math.min(2, columns.length - 1);
  /** Row indexes (0-based) used below, kept inside the real file whatever its length. */
  const at = (index: number): number => Math.min(index, rowCount - 1);
  const r = { early: at(9), mid: at(49), late: at(99), last: rowCount - 1 };

  const cases: DataFileCase[] = [];
  const json = (
    name: string,
    outcome: DataFileOutcome,
    mentions: readonly Mention[],
    mutate: (file: ReportFileJson) => void,
    settleMs = 10_000,
  ): void => {
    cases.push({
      name,
      outcome,
      mentions,
      status: 200,
      contentType: 'application/json',
      settleMs,
      body: () => {
        const file = structuredClone(base);
        mutate(file);
        // Values JSON.stringify cannot write (1e400; nesting deeper than its stack) are written
        // as sentinel strings and put in as text.
        return JSON.stringify(file)
          .replaceAll(`"${RAW_1E400}"`, '1e400')
          .replaceAll(`"${RAW_DEEP}"`, () => `${'['.repeat(DEEP)}1${']'.repeat(DEEP)}`);
      },
    });
  };
  const text = (name: string, body: () => string, contentType = 'application/json'): void => {
    cases.push({
      name,
      outcome: 'error-notice',
      mentions: [],
      status: 200,
      contentType,
      body,
      settleMs: 10_000,
    });
  };
  /**
   * Sets one cell. A new date in the first or last row goes into meta.firstDate/lastDate too, so
   * that the file has the one defect its case names and not also a meta that contradicts it.
   */
  const setCell = (row: number, column: number, value: unknown) => (file: ReportFileJson) => {
    const cells = file.rows[row];
    if (cells) cells[column] = value;
    if (column !== 0 || typeof value !== 'string') return;
    if (row === 0) file.meta.firstDate = value;
    if (row === rowCount - 1) file.meta.lastDate = value;
  };
  const cellCase = (label: string, row: number, column: number, value: unknown): void =>
    json(
      `${label} in row ${row + 1}, ${columns[column] ?? `column ${column}`}`,
      'error-notice',
      [rowPattern(row + 1), fieldPattern(columns[column] ?? '')],
      setCell(row, column, value),
    );

  // The control: the real file, unchanged, must show its figures (else every case below lies).
  json('the real file, unchanged (control)', 'ok', [], () => {});

  // Not a report file at all.
  text('empty body', () => '');
  text('whitespace only', () => ' \n\t \r\n ');
  text('null', () => 'null');
  text('an empty array', () => '[]');
  text('an empty object', () => '{}');
  text('a JSON string', () => '"russia-covid19-daily-reports"');
  text('a number', () => '42');
  text('true', () => 'true');
  text('a UTF-16 byte order mark and garbage', () => '\ufeff\u0000\u0000garbage');
  for (const fraction of [0.001, 0.1, 0.5, 0.9]) {
    text(`truncated at ${fraction * 100}% of the file`, () =>
      real.text.slice(0, Math.max(1, Math.floor(real.text.length * fraction))),
    );
  }
  text('truncated one character before the end', () => real.text.trimEnd().slice(0, -1));
  text('truncated inside a string in meta', () =>
    real.text.slice(0, real.text.indexOf('"title"') + 12),
  );
  text('an HTML error page served as 200', () => HTML_ERROR_PAGE, 'text/html');
  text('NaN written in a row (not JSON)', () =>
    JSON.stringify(base).replace(/\[("\d{4}-\d\d-\d\d"),\d+/, '[$1,NaN'),
  );
  text(
    'deeply nested arrays (200,000 levels)',
    () => `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
  );

  // The envelope.
  json('wrong format', 'error-notice', [], (f) => {
    f.format = 'some-other-format';
  });
  json('format missing', 'error-notice', [], (f) => {
    delete (f as Partial<ReportFileJson>).format;
  });
  json('version one higher than the real file', 'error-notice', [], (f) => {
    f.version = typeof base.version === 'number' ? base.version + 1 : 99;
  });
  json('version as a string', 'error-notice', [], (f) => {
    f.version = String(f.version);
  });
  json('meta missing', 'error-notice', [], (f) => {
    delete (f as Partial<ReportFileJson>).meta;
  });
  json('meta null', 'error-notice', [], (f) => {
    (f as { meta: unknown }).meta = null;
  });
  json('meta.sources not a list', 'error-notice', [], (f) => {
    f.meta.sources = 'stopcoronavirus.rf';
  });
  json(`meta.notes nested ${DEEP} deep`, 'error-notice', [], (f) => {
    f.meta.notes = [RAW_DEEP];
  });
  json('columns missing', 'error-notice', [], (f) => {
    delete (f as Partial<ReportFileJson>).columns;
  });
  json('columns not a list', 'error-notice', [], (f) => {
    (f as { columns: unknown }).columns = columns.join(',');
  });
  json('last column missing from columns', 'error-notice', [], (f) => {
    f.columns = columns.slice(0, -1);
  });
  json('an extra column name', 'error-notice', [], (f) => {
    f.columns = [...columns, 'extra'];
  });
  json('rows missing', 'error-notice', [], (f) => {
    delete (f as Partial<ReportFileJson>).rows;
  });
  json('rows an object', 'error-notice', [], (f) => {
    (f as { rows: unknown }).rows = {};
  });
  json('rows empty', 'error-notice', [], (f) => {
    f.rows = [];
  });

  // One row.
  json(`row ${r.early + 1} a string`, 'error-notice', [rowPattern(r.early + 1)], (f) => {
    (f.rows as unknown[])[r.early] = (f.rows[r.early] ?? []).join(',');
  });
  json(`row ${r.early + 1} null`, 'error-notice', [rowPattern(r.early + 1)], (f) => {
    (f.rows as unknown[])[r.early] = null;
  });
  json(`row ${r.early + 1} one value short`, 'error-notice', [rowPattern(r.early + 1)], (f) => {
    f.rows[r.early]?.pop();
  });
  json(`row ${r.early + 1} one value too many`, 'error-notice', [rowPattern(r.early + 1)], (f) => {
    f.rows[r.early]?.push(0);
  });
  json(`row ${r.late + 1} nested ${DEEP} deep`, 'error-notice', [rowPattern(r.late + 1)], (f) => {
    (f.rows as unknown[])[r.late] = RAW_DEEP;
  });

  // Dates.
  cellCase('date 0202-01-31', 0, 0, '0202-01-31');
  cellCase('date 0050-01-01', 0, 0, '0050-01-01');
  cellCase('date 0001-01-01', 0, 0, '0001-01-01');
  cellCase('first date 1020-01-31', 0, 0, '1020-01-31');
  json(
    'dates 0099-12-31 then 0100-01-01 in rows 1-2',
    'error-notice',
    [rowPattern(1, 2), fieldPattern(dateColumn)],
    (f) => {
      setCell(0, 0, '0099-12-31')(f);
      setCell(1, 0, '0100-01-01')(f);
    },
  );
  cellCase('last date 2202-01-20', r.last, 0, '2202-01-20');
  cellCase('last date 9999-12-31', r.last, 0, '9999-12-31');
  cellCase('date 2020-13-45', r.mid, 0, '2020-13-45');
  cellCase('date 2021-02-29', r.mid, 0, '2021-02-29');
  cellCase('date as a number', r.mid, 0, 20_200_320);
  cellCase('date with a time', r.mid, 0, '2020-03-20T00:00:00Z');
  cellCase('date null', r.mid, 0, null);
  json(
    `rows ${r.mid + 1} and ${r.mid + 2} swapped (out of order)`,
    'error-notice',
    [rowPattern(r.mid + 1, r.mid + 2), fieldPattern(dateColumn)],
    (f) => {
      const a = f.rows[r.mid];
      const b = f.rows[r.mid + 1];
      if (a && b) [f.rows[r.mid], f.rows[r.mid + 1]] = [b, a];
    },
  );
  json(
    `row ${r.mid + 2} repeats the date of row ${r.mid + 1}`,
    'error-notice',
    [rowPattern(r.mid + 1, r.mid + 2), fieldPattern(dateColumn)],
    (f) => setCell(r.mid + 1, 0, f.rows[r.mid]?.[0])(f),
  );

  // Counts.
  // In a total: a daily figure may be negative by design (a total revised down); a total not.
  cellCase('negative total', r.late, totalColumn, -5);
  cellCase('fractional count 1.5', r.late, Math.min(3, columns.length - 1), 1.5);
  cellCase('count as a string "12"', r.late, 2, '12');
  cellCase('count 1e400 (Infinity when parsed)', r.late, 2, RAW_1E400);
  cellCase('count 1e20 (past exact integers)', r.late, 2, 1e20);
  cellCase('count true', r.late, 1, true);
  cellCase('count as a nested array', r.late, 1, [[1]]);
  cellCase('count as an object', r.late, 1, { value: 1 });

  // Meta that contradicts the rows.
  json('meta.rowCount one more than the rows', 'error-notice', [], (f) => {
    f.meta.rowCount = rowCount + 1;
  });
  json('meta.rowCount as a string', 'error-notice', [], (f) => {
    f.meta.rowCount = String(rowCount);
  });
  json('meta.firstDate not the first row', 'error-notice', [], (f) => {
    f.meta.firstDate = f.rows[1]?.[0];
  });
  json('meta.lastDate not the last row', 'error-notice', [], (f) => {
    f.meta.lastDate = f.rows[rowCount - 2]?.[0];
  });

  // Valid files with hostile strings: figures shown, strings kept as text, no unsafe link.
  const hostileUrls = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    '\\\\evil.example',
  ];
  for (const url of hostileUrls) {
    json(`meta.sources[0].url ${JSON.stringify(url)}`, 'ok-no-unsafe-links', [], (f) => {
      const sources = f.meta.sources as { url: string }[];
      if (sources[0]) sources[0].url = url;
    });
  }
  json('bidi controls in meta.title', 'ok', [], (f) => {
    f.meta.title = `\u202E${String(f.meta.title)}\u202C\u2066`;
  });
  json('bidi controls in a source name and licence', 'ok', [], (f) => {
    const sources = f.meta.sources as { name: string; licence: string }[];
    if (sources[0]) {
      sources[0].name = `\u202Egnp.exe\u202C ${sources[0].name}`;
      sources[0].licence = `\u2067${sources[0].licence}\u2069\u200F`;
    }
  });
  json('markup in meta.title, a source name and a note', 'ok', [], (f) => {
    f.meta.title = '<img src=x onerror=alert(1)>';
    const sources = f.meta.sources as { name: string }[];
    if (sources[0]) sources[0].name = '<script>alert(1)</script>';
    f.meta.notes = ['"><svg onload=alert(1)>', ...((f.meta.notes as string[]) ?? [])];
  });
  json('an extra meta key __proto__', 'ok', [], (f) => {
    Object.defineProperty(f.meta, '__proto__', {
      value: { polluted: true },
      enumerable: true,
      configurable: true,
      writable: true,
    });
  });

  // Size.
  cases.push({
    name: 'a 6 MB file (valid rows padded with spaces)',
    outcome: 'error-notice',
    mentions: [
      { says: 'the size', pattern: /\b(?:too (?:large|big)|size|MB|megabytes?|bytes)\b/i },
    ],
    status: 200,
    contentType: 'application/json',
    settleMs: 20_000,
    body: () => {
      const compact = JSON.stringify(base);
      const pad = ' '.repeat(Math.ceil((PADDED_SIZE - compact.length) / (rowCount - 1)) + 1);
      return compact.replaceAll('],[', `],${pad}[`);
    },
  });
  cases.push({
    name: '200,000 rows',
    outcome: 'error-notice',
    mentions: [],
    status: 200,
    contentType: 'application/json',
    settleMs: 30_000,
    body: () => hugeFile(base, 200_000),
  });
  return cases;
}

/** A file of `rows` consecutive days from the real first date, written directly (fast). */
function hugeFile(base: ReportFileJson, rows: number): string {
  const first = dayNumber(String(base.rows[0]?.[0] ?? LINK_DATES.first));
  const width = base.columns.length - 1;
  const lines: string[] = [];
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const daily = i % 1000;
    total += daily;
    const counts = Array.from({ length: width }, (_, k) => (k % 2 === 0 ? daily : total));
    lines.push(JSON.stringify([isoOfDay(first + i), ...counts]));
  }
  const meta = {
    ...base.meta,
    rowCount: rows,
    firstDate: isoOfDay(first),
    lastDate: isoOfDay(first + rows - 1),
  };
  // The rows are put in as text where a placeholder stands: stringifying 200,000 arrays is slow.
  return JSON.stringify({ ...base, meta, rows: '__ROWS__' }).replace(
    '"__ROWS__"',
    () => `[${lines.join(',')}]`,
  );
}

// ---------------------------------------------------------------------------------------------
// Network faults

export type Fault =
  | {
      readonly kind: 'abort';
      readonly code: 'connectionrefused' | 'failed' | 'timedout' | 'internetdisconnected';
    }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'html' }
  /** The request is held and never answered. */
  | { readonly kind: 'no-answer' }
  /** Headers and the first bytes of the body, then nothing. */
  | { readonly kind: 'stalled-body' }
  /** The real answer, after `ms` of real time. */
  | { readonly kind: 'slow'; readonly ms: number }
  /** The browser goes offline as the request leaves. */
  | { readonly kind: 'offline' };

/** What the page must say: its words are the contract's (not answering, offline, story). */
export type FaultNotice = 'data-error' | 'timeout' | 'offline' | 'story-error';

export interface NetworkFaultCase {
  readonly name: string;
  /** Which request is faulted: a data file or the story's text (`/article/`). */
  readonly target: 'data' | 'article';
  readonly fault: Fault;
  /** The notice the fault must bring; null: none at all. */
  readonly notice: FaultNotice | null;
  /** The figures must show while the fault lasts (a slow server, a missing story). */
  readonly figuresDuringFault: boolean;
  /**
   * How the page must get its figures back once the fault is lifted: by its Retry button, or by
   * itself or its Retry button once back online; null: nothing to recover.
   */
  readonly recovery: 'retry' | 'online' | null;
  /** Advance Playwright's clock past the app's ~20 s timeout instead of waiting for it. */
  readonly fakeClock: boolean;
}

/** Every network fault the harness tries, with what the page must do. */
export function networkFaultCases(): NetworkFaultCase[] {
  const dataError = (name: string, fault: Fault): NetworkFaultCase => ({
    name,
    target: 'data',
    fault,
    notice: 'data-error',
    figuresDuringFault: false,
    recovery: 'retry',
    fakeClock: false,
  });
  return [
    dataError('data: connection refused', { kind: 'abort', code: 'connectionrefused' }),
    dataError('data: request failed', { kind: 'abort', code: 'failed' }),
    dataError('data: connection timed out', { kind: 'abort', code: 'timedout' }),
    dataError('data: internet disconnected', { kind: 'abort', code: 'internetdisconnected' }),
    dataError('data: 404', { kind: 'status', status: 404 }),
    dataError('data: 500', { kind: 'status', status: 500 }),
    dataError('data: 503', { kind: 'status', status: 503 }),
    dataError('data: 200 with an HTML page', { kind: 'html' }),
    {
      name: 'data: server never answers',
      target: 'data',
      fault: { kind: 'no-answer' },
      notice: 'timeout',
      figuresDuringFault: false,
      recovery: 'retry',
      fakeClock: true,
    },
    {
      name: 'data: body never completes',
      target: 'data',
      fault: { kind: 'stalled-body' },
      notice: 'timeout',
      figuresDuringFault: false,
      recovery: 'retry',
      fakeClock: true,
    },
    {
      name: 'data: answer after 5 s',
      target: 'data',
      fault: { kind: 'slow', ms: 5_000 },
      notice: null,
      figuresDuringFault: true,
      recovery: null,
      fakeClock: false,
    },
    {
      name: 'data: offline while loading',
      target: 'data',
      fault: { kind: 'offline' },
      notice: 'offline',
      figuresDuringFault: false,
      recovery: 'online',
      fakeClock: false,
    },
    {
      name: 'story text: 500, data fine',
      target: 'article',
      fault: { kind: 'status', status: 500 },
      notice: 'story-error',
      figuresDuringFault: true,
      recovery: 'retry',
      fakeClock: false,
    },
    {
      name: 'story text: request failed, data fine',
      target: 'article',
      fault: { kind: 'abort', code: 'failed' },
      notice: 'story-error',
      figuresDuringFault: true,
      recovery: 'retry',
      fakeClock: false,
    },
  ];
}
