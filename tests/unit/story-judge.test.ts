/**
 * The judgement of one figure against one report: each comparison at the edges of its rule, runs,
 * records, changes, earlier reports, and every way a figure cannot be checked.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/dataset';
import { type PlaceCode, RUSSIA } from '../../src/data/series';
import {
  BOUND_SLACK,
  judgeFigure,
  judgeValue,
  NEAR_TOLERANCE,
} from '../../src/data/story-check/judge';
import type { StoryFigure } from '../../src/data/story-check/types';
import { d, reportsFrom } from '../fixtures/reports';

/** Seven reports: new cases, total cases, new deaths, total deaths, new and total recoveries. */
const dataset = buildDataset(
  reportsFrom('2021-01-01', [
    [5_000, 5_000, 10, 10, 100, 100],
    [9_000, 14_000, 20, 30, 100, 200],
    [10_500, 24_500, 30, 60, null, null],
    [11_000, 35_500, 40, 100, 300, 500],
    [12_000, 47_500, 50, 150, 300, 800],
    [11_500, 59_000, 45, 195, 300, 1_100],
    [null, null, null, null, null, null],
    [12_000, 71_000, 40, 235, 300, 1_400],
  ]),
);
const REGION = 'RU-MOW' as PlaceCode;
const onlyRussia = (place: PlaceCode) => (place === RUSSIA ? dataset : undefined);

function figure(overrides: Partial<StoryFigure> = {}): StoryFigure {
  return {
    span: { start: 0, end: 1 },
    text: '1',
    value: 1,
    precision: 1,
    form: 'count',
    comparison: 'exact',
    subject: { kind: 'count', metric: 'cases', period: 'daily', basis: 'own-words' },
    place: { kind: 'place', code: RUSSIA, basis: 'default' },
    run: null,
    record: null,
    relation: { kind: 'same-report' },
    dateInClause: null,
    ...overrides,
  };
}
const judge = (overrides: Partial<StoryFigure>, date = '2021-01-05') =>
  judgeFigure(figure(overrides), d(date), onlyRussia);
const kind = (value: number, overrides: Partial<StoryFigure>) =>
  judgeValue({ value, precision: 1, comparison: 'exact', ...overrides }, 0).kind;
/** The kind of reason for a figure of `stated` against data `data`. */
const against = (
  comparison: StoryFigure['comparison'],
  stated: number,
  data: number,
  precision = 1,
) => judgeValue({ value: stated, precision, comparison }, data).kind;

describe('judging a value', () => {
  it('takes an exact figure exactly', () => {
    expect(against('exact', 11_231, 11_231)).toBe('equal');
    expect(against('exact', 11_231, 11_232)).toBe('differs');
    expect(against('exact', 177_000, 177_160)).toBe('differs');
    expect(kind(0, {})).toBe('equal');
  });

  it('takes a figure written with a scale word to its precision, rounded or cut', () => {
    expect(against('exact', 11_200, 11_149, 100)).toBe('differs');
    expect(against('exact', 11_200, 11_150, 100)).toBe('rounds-to');
    expect(against('exact', 11_200, 11_231, 100)).toBe('rounds-to');
    expect(against('exact', 11_200, 11_299, 100)).toBe('rounds-to');
    expect(against('exact', 11_200, 11_300, 100)).toBe('differs');
  });

  it('takes "more than X" when above X and X a plausible rounding of the data', () => {
    expect(BOUND_SLACK).toBe(1.5);
    expect(against('more-than', 10_000, 10_000)).toBe('bound-fails');
    expect(against('more-than', 10_000, 10_001)).toBe('bound-holds');
    expect(against('more-than', 10_000, 15_000)).toBe('bound-holds');
    expect(against('more-than', 10_000, 15_001)).toBe('bound-too-loose');
    expect(against('more-than', 10, 177_160)).toBe('bound-too-loose');
    expect(against('at-least', 1_000, 1_000)).toBe('bound-holds');
    expect(against('at-least', 1_000, 999)).toBe('bound-fails');
  });

  it('takes "fewer than X" as the mirror of "more than X"', () => {
    expect(against('less-than', 10_000, 10_000)).toBe('bound-fails');
    expect(against('less-than', 10_000, 9_999)).toBe('bound-holds');
    expect(against('less-than', 10_000, 6_667)).toBe('bound-holds');
    expect(against('less-than', 10_000, 6_666)).toBe('bound-too-loose');
  });

  it('takes "nearly X" up to 5% below X, and "about X" 5% either side', () => {
    expect(NEAR_TOLERANCE).toBe(0.05);
    expect(against('nearly', 1_700, 1_615)).toBe('near');
    expect(against('nearly', 1_700, 1_614)).toBe('not-near');
    expect(against('nearly', 1_700, 1_700)).toBe('near');
    expect(against('nearly', 1_700, 1_701)).toBe('not-near');
    expect(against('about', 1_600, 1_520)).toBe('near');
    expect(against('about', 1_600, 1_680)).toBe('near');
    expect(against('about', 1_600, 1_519)).toBe('not-near');
    expect(against('about', 1_600, 1_681)).toBe('not-near');
  });
});

describe('judging a figure against a report', () => {
  it('says where, what, which report and what the data holds', () => {
    expect(judge({ value: 12_000 })).toEqual({
      reason: { kind: 'equal', dataValue: 12_000 },
      place: RUSSIA,
      metric: 'cases',
      field: 'newCases',
      fieldBasis: 'stated',
      reportDate: '2021-01-05',
      dataValue: 12_000,
    });
  });

  it("reads a figure with no period as the closer of the day's and the total", () => {
    const deaths = (value: number) =>
      judge({
        value,
        subject: { kind: 'count', metric: 'deaths', period: null, basis: 'own-words' },
      });
    expect(deaths(50)).toMatchObject({
      field: 'newDeaths',
      fieldBasis: 'closest-value',
      dataValue: 50,
    });
    expect(deaths(150)).toMatchObject({ field: 'totalDeaths', fieldBasis: 'closest-value' });
    expect(deaths(140)).toMatchObject({ field: 'totalDeaths', reason: { kind: 'differs' } });
  });

  it('checks a run: exactly as long as stated, ending on the report', () => {
    const run = (days: number, threshold = 10_000, date = '2021-01-05') =>
      judge(
        { value: threshold, comparison: 'more-than', run: { days, span: { start: 0, end: 1 } } },
        date,
      ).reason;
    expect(run(3)).toEqual({
      kind: 'run-holds',
      threshold: 10_000,
      days: 3,
      from: '2021-01-03',
      to: '2021-01-05',
    });
    expect(run(4)).toMatchObject({
      kind: 'run-differs',
      statedDays: 4,
      dataValue: 3,
      from: '2021-01-03',
    });
    expect(run(1, 10_000, '2021-01-02')).toMatchObject({
      kind: 'run-differs',
      dataValue: 0,
      from: null,
    });
    // "at least 10,500" counts the day of exactly 10,500.
    const atLeast = judge({
      value: 10_500,
      comparison: 'at-least',
      run: { days: 3, span: { start: 0, end: 1 } },
    });
    expect(atLeast.reason.kind).toBe('run-holds');
  });

  it('checks a record against every earlier day', () => {
    const record = { start: 0, end: 1 };
    expect(judge({ value: 12_000, record }).reason).toEqual({
      kind: 'record-holds',
      dataValue: 12_000,
      previousHigh: { date: '2021-01-04', value: 11_000 },
    });
    expect(judge({ value: 11_500, record }, '2021-01-06').reason).toEqual({
      kind: 'not-a-record',
      dataValue: 11_500,
      higher: { date: '2021-01-05', value: 12_000 },
    });
    // As high as the highest before is not higher: no record.
    expect(judge({ value: 12_000, record }, '2021-01-08').reason).toMatchObject({
      kind: 'not-a-record',
      higher: { date: '2021-01-05', value: 12_000 },
    });
    expect(judge({ value: 5_000, record }, '2021-01-01').reason).toMatchObject({
      kind: 'record-holds',
      previousHigh: null,
    });
    // A wrong value is wrong before it is a record or not.
    expect(judge({ value: 13_000, record }).reason.kind).toBe('differs');
  });

  it('checks the value of an earlier report, and the change since it', () => {
    const span = { start: 0, end: 1 };
    expect(
      judge({ value: 11_000, relation: { kind: 'earlier-report', daysBefore: 1, span } }),
    ).toMatchObject({
      reportDate: '2021-01-04',
      reason: { kind: 'equal' },
    });
    const change = (value: number, direction: 'more' | 'fewer', date = '2021-01-05') =>
      judge({ value, relation: { kind: 'change', daysBefore: 1, direction, span } }, date);
    expect(change(1_000, 'more')).toMatchObject({ reason: { kind: 'equal' }, dataValue: 1_000 });
    expect(change(1_000, 'fewer').reason.kind).toBe('differs');
    expect(change(500, 'fewer', '2021-01-06')).toMatchObject({
      reason: { kind: 'equal' },
      dataValue: -500,
    });
  });

  it('says when the data has no value for the figure', () => {
    expect(judge({ value: 1 }, '2021-01-07').reason).toEqual({
      kind: 'not-reported',
      reportDate: '2021-01-07',
      field: 'newCases',
    });
    const recoveries = judge(
      {
        value: 300,
        subject: { kind: 'count', metric: 'recovered', period: 'daily', basis: 'own-words' },
      },
      '2021-01-03',
    );
    expect(recoveries.reason).toMatchObject({ kind: 'not-reported', field: 'newRecovered' });
    expect(judge({ value: 1 }, '2022-01-01').reason).toEqual({
      kind: 'outside-data',
      reportDate: '2022-01-01',
      firstDate: '2021-01-01',
      lastDate: '2021-01-08',
    });
    expect(
      judge({ value: 1, place: { kind: 'place', code: REGION, basis: 'clause' } }).reason,
    ).toEqual({ kind: 'place-not-loaded', place: REGION });
  });

  it('says why a figure cannot be checked whatever the data', () => {
    expect(judge({ form: 'percentage' }).reason).toEqual({ kind: 'percentage' });
    expect(judge({ form: 'per-capita' }).reason).toEqual({ kind: 'per-capita' });
    expect(judge({ place: { kind: 'foreign', name: 'США' } }).reason).toEqual({
      kind: 'foreign-place',
      name: 'США',
    });
    expect(judge({ subject: { kind: 'out-of-scope', what: 'tests' } })).toMatchObject({
      reason: { kind: 'out-of-scope', what: 'tests' },
      reportDate: null,
    });
    // A count of nothing named keeps its place and report: the reader may still look there.
    expect(judge({ subject: { kind: 'unknown' } })).toMatchObject({
      reason: { kind: 'metric-unknown' },
      place: RUSSIA,
      reportDate: '2021-01-05',
    });
  });
});
