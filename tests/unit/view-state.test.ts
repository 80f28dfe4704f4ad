import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateRangeShort as formatRangeShort } from '../../src/data/format';
import { isIsoDate } from '../../src/data/iso-date';
import { RUSSIA } from '../../src/data/series';
import { notices as noticeWords } from '../../src/i18n/en/notices';
import { CHART_IDS } from '../../src/view-state/charts';
import {
  DEFAULT_VIEW,
  parseViewParams,
  resolveView as resolveViewUnworded,
  serialiseView,
  type ViewNotice,
  type ViewState,
} from '../../src/view-state/view-state';
import { viewTitle } from '../../src/view-state/view-title';
import { d } from '../fixtures/reports';

const bounds = { firstDate: d('2020-01-31'), lastDate: d('2022-01-20') };
/** A view read from a link, its notices worded in English as the page shows them. */
function worded<T extends { readonly notices: readonly ViewNotice[] }>(result: T) {
  return {
    ...result,
    notices: result.notices.map((notice) => ({
      ...notice,
      problem: notice.problem(noticeWords),
      usedInstead: notice.usedInstead(noticeWords),
    })),
  };
}
const parse = (search: string) => worded(parseViewParams(search));
const resolveView = (...args: Parameters<typeof resolveViewUnworded>) =>
  worded(resolveViewUnworded(...args));

describe('parseViewParams', () => {
  it('reads every parameter', () => {
    expect(
      parse(
        '?from=2020-05-03&to=2020-05-07&log=total-cases,daily-deaths&focus=2020-05-07&table=total-cases,daily-cases&source=jhu&embed=total-cases',
      ),
    ).toEqual({
      view: {
        from: '2020-05-03',
        to: '2020-05-07',
        logScale: ['total-cases', 'daily-deaths'],
        focus: '2020-05-07',
        tables: ['daily-cases', 'total-cases'],
        source: 'jhu',
        region: 'RU',
        compare: [],
        per: 'count',
        mapMetric: 'cases',
        embed: 'total-cases',
      },
      notices: [],
    });
  });

  it('gives the default view for an empty query', () => {
    expect(parse('')).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it('falls back per parameter and names each problem', () => {
    const { view, notices } = parse(
      '?from=banana&to=2020-02-30&scale=cubic&log=pie,total-cases&table=pie&focus=',
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, logScale: ['total-cases'] });
    expect(notices.map((n) => [n.param, n.given, n.usedInstead])).toEqual([
      ['scale', 'cubic', 'the linear scale'],
      ['from', 'banana', 'the start of the data'],
      ['to', '2020-02-30', 'the latest report'],
      ['focus', '', 'no focused date'],
      ['log', 'pie,total-cases', 'total-cases'],
      ['table', 'pie', 'no open table'],
    ]);
  });

  it('reads the old scale=log as the cumulative chart on a log scale, without a notice', () => {
    expect(parse('?scale=log')).toEqual({
      view: { ...DEFAULT_VIEW, logScale: ['total-cases'] },
      notices: [],
    });
    expect(parse('?scale=linear')).toEqual({ view: DEFAULT_VIEW, notices: [] });
    expect(serialiseView(parse('?scale=log').view)).toBe('?log=total-cases');
    // A link that gives both keeps its own log=.
    expect(parse('?scale=log&log=daily-cases').view.logScale).toEqual(['daily-cases']);
  });

  it('reports unknown and repeated parameters, and shortens huge or hostile values', () => {
    const { view, notices } = parse(
      `?x=<script>alert(1)</script>&from=2020-05-03&from=2020-06-01&to=${'9'.repeat(10_000)}`,
    );
    expect(view.from).toBe('2020-05-03');
    expect(view.to).toBeNull();
    expect(notices.find((n) => n.param === 'x')?.given).toBe('<script>alert(1)</script>');
    expect(notices.find((n) => n.param === 'from')?.problem).toBe('is given more than once');
    const to = notices.find((n) => n.param === 'to');
    expect(to?.given.length).toBeLessThanOrEqual(40);
  });

  it('reads the grapher words earliest and latest, and reports a repeated time=', () => {
    expect(parse('?time=earliest..latest')).toEqual({ view: DEFAULT_VIEW, notices: [] });
    expect(parse('?time=2020-05-03..latest').view).toMatchObject({ from: '2020-05-03', to: null });
    expect(parse('?time=earliest..2020-05-07').view).toMatchObject({
      from: null,
      to: '2020-05-07',
    });
    for (const reversed of ['latest..earliest', '2022-09-17..earliest', 'latest..2021-01-01']) {
      const { view, notices } = parse(`?time=${reversed}`);
      expect(view, reversed).toMatchObject({ from: null, to: null });
      expect(notices[0], reversed).toMatchObject({
        param: 'time',
        usedInstead: 'the whole range of the data',
      });
    }
    const repeated = parse('?time=2020-05-03..2020-05-07&time=2021-01-01..2021-02-01');
    expect(repeated.view).toMatchObject({ from: '2020-05-03', to: '2020-05-07' });
    expect(repeated.notices).toEqual([
      expect.objectContaining({ param: 'time', problem: 'is given more than once' }),
    ]);
  });

  it('makes direction-changing and invisible characters in an echoed value visible', () => {
    const { notices } = parse('?from=%E2%80%AE2020-05-07%20evil&x%E2%80%8B=1');
    expect(notices.map((n) => [n.param, n.given])).toEqual([
      ['x⟨U+200B⟩', '1'],
      ['from', '⟨U+202E⟩2020-05-07 evil'],
    ]);
    for (const n of notices) expect(n.given + n.param).not.toMatch(/[\u202e\u200b]/);
  });

  it('reads a region by its code, and falls back to Russia for an unknown one', () => {
    expect(parse('?region=RU-MOW').view.region).toBe('RU-MOW');
    expect(parse('?region=RU-SEV').view.region).toBe('RU-SEV');
    for (const bad of ['RU-XXX', 'ru-mow', 'Moscow', 'RU', '']) {
      const { view, notices } = parse(`?region=${bad}`);
      expect(view.region, bad).toBe('RU');
      if (bad !== 'RU')
        expect(notices[0], bad).toMatchObject({
          param: 'region',
          usedInstead: 'Russia as a whole',
        });
    }
    expect(serialiseView({ ...DEFAULT_VIEW, region: parse('?region=RU-MOW').view.region })).toBe(
      '?region=RU-MOW',
    );
  });

  it('reads up to six places to compare, each once, and says what it left out', () => {
    expect(parse('?compare=RU-MOW,RU-SPE,RU').view.compare).toEqual(['RU-MOW', 'RU-SPE', 'RU']);
    expect(parse('?compare=RU-MOW,RU-MOW').view.compare).toEqual(['RU-MOW']);
    const unknown = parse('?compare=RU-MOW,RU-XXX,<b>');
    expect(unknown.view.compare).toEqual(['RU-MOW']);
    expect(unknown.notices[0]).toMatchObject({ param: 'compare', given: 'RU-XXX,<b>' });
    const codes = ['RU-MOW', 'RU-SPE', 'RU-MOS', 'RU-TA', 'RU-BA', 'RU-KDA', 'RU-NIZ', 'RU-SVE'];
    const many = parse(`?compare=${codes.join(',')}`);
    expect(many.view.compare).toEqual(codes.slice(0, 6));
    expect(many.notices[0]?.problem).toBe('has 8 places; a chart can compare 6');
    const fifty = Array.from({ length: 50 }, (_, i) => `RU-Q${i}`).join(',');
    expect(parse(`?compare=${fifty}`).view.compare).toEqual([]);
    expect(serialiseView({ ...DEFAULT_VIEW, compare: many.view.compare })).toBe(
      `?compare=${codes.slice(0, 6).join(',')}`,
    );
  });

  it('shows a region from the official reports: JHU has no regional figures', () => {
    const { view, notices } = parse('?region=RU-MOW&source=jhu');
    expect(view).toMatchObject({ region: 'RU-MOW', source: 'official' });
    expect(notices[0]).toMatchObject({ param: 'source', usedInstead: 'the official reports' });
    // Both rules at once: per 100,000 with JHU, and a region with JHU.
    const both = parse('?source=jhu&region=RU-MOW&per=100k');
    expect(both.view).toMatchObject({ region: 'RU-MOW', source: 'official', per: 'count' });
    expect(both.notices.map((n) => n.param)).toEqual(['per', 'source']);
  });

  it('reads the source, and falls back to the official reports for an unknown one', () => {
    expect(parse('?source=jhu').view.source).toBe('jhu');
    const { view, notices } = parse('?source=owid');
    expect(view.source).toBe('official');
    expect(notices[0]).toMatchObject({ param: 'source', usedInstead: 'the official reports' });
    expect(serialiseView({ ...DEFAULT_VIEW, source: 'jhu' })).toBe('?source=jhu');
  });

  it('migrates the grapher-style time=FROM..TO to from/to, so such links keep working', () => {
    expect(parse('?time=2020-05-03..2020-05-07').view).toMatchObject({
      from: '2020-05-03',
      to: '2020-05-07',
    });
    expect(parse('?time=2021-01-01..').view).toMatchObject({ from: '2021-01-01', to: null });
    expect(parse('?time=garbage').notices[0]).toMatchObject({ param: 'time' });
  });
});

describe('resolveView', () => {
  it('falls back to the default for a date outside the data, with a notice', () => {
    const { view, notices } = resolveView(
      { ...DEFAULT_VIEW, from: d('2019-01-01'), to: d('2030-01-01') },
      bounds,
    );
    expect(view).toMatchObject({ from: null, to: null });
    expect(notices.map((n) => [n.param, n.usedInstead])).toEqual([
      ['from', 'the start of the data (2020-01-31)'],
      ['to', 'the latest report (2022-01-20)'],
    ]);
  });

  it('does not turn a from after the data into a one-day range (it shows all the data)', () => {
    const { view, notices } = resolveView({ ...DEFAULT_VIEW, from: d('2025-01-01') }, bounds);
    expect(view).toMatchObject({ from: null, to: null });
    expect(notices[0]).toMatchObject({ param: 'from', given: '2025-01-01' });
  });

  it('falls back to all the data when from is after to', () => {
    const { view, notices } = resolveView(
      { ...DEFAULT_VIEW, from: d('2021-05-07'), to: d('2020-05-03') },
      bounds,
    );
    expect(view).toMatchObject({ from: null, to: null });
    expect(notices[0]).toMatchObject({ param: 'from', usedInstead: 'the whole range of the data' });
  });

  it('drops a focus outside the dates shown', () => {
    const { view, notices } = resolveView(
      { ...DEFAULT_VIEW, from: d('2021-01-01'), to: d('2021-12-31'), focus: d('2020-05-07') },
      bounds,
    );
    expect(view.focus).toBeNull();
    expect(notices[0]?.param).toBe('focus');
  });
});

describe('embed', () => {
  it('reads a chart id, and says what it does with anything else', () => {
    expect(parseViewParams('?embed=daily-cases').view.embed).toBe('daily-cases');
    const { view, notices } = parse('?embed=%3Cscript%3E');
    expect(view.embed).toBeNull();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.usedInstead).toBe('the whole dashboard');
  });
});

describe('serialiseView', () => {
  it('leaves out every default', () => {
    expect(serialiseView(DEFAULT_VIEW)).toBe('');
    expect(serialiseView({ ...DEFAULT_VIEW, logScale: ['total-cases'] })).toBe('?log=total-cases');
    expect(serialiseView({ ...DEFAULT_VIEW, logScale: ['total-cases', 'daily-cases'] })).toBe(
      '?log=daily-cases,total-cases',
    );
    expect(serialiseView({ ...DEFAULT_VIEW, tables: ['total-cases', 'daily-cases'] })).toBe(
      '?table=daily-cases,total-cases',
    );
  });
});

const dateArb = fc
  .date({
    min: new Date('2019-06-01T00:00:00Z'),
    max: new Date('2022-06-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => d(date.toISOString().slice(0, 10)));

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  from: fc.option(dateArb, { nil: null }),
  to: fc.option(dateArb, { nil: null }),
  logScale: fc.subarray([...CHART_IDS]),
  focus: fc.option(dateArb, { nil: null }),
  tables: fc.subarray([...CHART_IDS]),
  source: fc.constantFrom('official' as const, 'jhu' as const),
  region: fc.constant(RUSSIA),
  compare: fc.constant([]),
  per: fc.constant('count' as const),
  mapMetric: fc.constantFrom('cases' as const, 'deaths' as const),
  embed: fc.option(fc.constantFrom(...CHART_IDS), { nil: null }),
});

/** Query strings made of real and unknown names, with real, broken and hostile values. */
const queryArb = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'from',
          'to',
          'scale',
          'log',
          'focus',
          'table',
          'time',
          'source',
          'map',
          'x',
        ),
        fc.string(),
      ),
      fc.oneof(
        dateArb,
        fc.constantFrom(
          'log',
          'linear',
          'daily-cases,total-cases',
          'jhu',
          'earliest..latest',
          'deaths',
          '',
          '<script>alert(1)</script>',
          '..',
        ),
        fc.string({ maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 50 }),
      ),
    ),
    { maxLength: 8 },
  )
  .map((pairs) =>
    pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'),
  );

describe('view state properties', () => {
  it('parses 2,000 arbitrary query strings without throwing, always to a valid view', () => {
    fc.assert(
      fc.property(fc.oneof(queryArb, fc.string({ maxLength: 500 })), (search) => {
        const { view } = parse(search);
        for (const date of [view.from, view.to, view.focus])
          expect(date === null || isIsoDate(date)).toBe(true);
        for (const id of view.logScale) expect(CHART_IDS).toContain(id);
        expect(['official', 'jhu']).toContain(view.source);
        for (const id of view.tables) expect(CHART_IDS).toContain(id);
        const resolved = resolveView(view, bounds).view;
        if (resolved.from && resolved.to) expect(resolved.from <= resolved.to).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('serialise(parse(url)) is stable', () => {
    fc.assert(
      fc.property(queryArb, (search) => {
        const once = serialiseView(parse(search).view);
        expect(serialiseView(parse(once).view)).toBe(once);
        expect(parse(once).notices).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('parse(serialise(state)) equals the state', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const normalised = {
          ...view,
          tables: CHART_IDS.filter((id) => view.tables.includes(id)),
          logScale: CHART_IDS.filter((id) => view.logScale.includes(id)),
        };
        expect(parse(serialiseView(view))).toEqual({ view: normalised, notices: [] });
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('viewTitle', () => {
  it('names the range and focus of the view', () => {
    expect(viewTitle({ ...DEFAULT_VIEW, from: d('2020-05-03'), to: d('2020-05-07') }, bounds)).toBe(
      'Russia COVID-19 · 3–7 May 2020',
    );
    expect(viewTitle(DEFAULT_VIEW, bounds)).toBe('Russia COVID-19 · all reports');
    expect(viewTitle({ ...DEFAULT_VIEW, focus: d('2020-05-07') }, bounds)).toBe(
      'Russia COVID-19 · all reports, report of 7 May 2020',
    );
    expect(formatRangeShort(d('2020-04-30'), d('2020-05-07'))).toBe('30 Apr – 7 May 2020');
    expect(formatRangeShort(d('2021-01-01'), d('2022-01-20'))).toBe('1 Jan 2021 – 20 Jan 2022');
  });
});
