import { describe, expect, it } from 'vitest';
import { keyFigure } from '../../src/data/key-figures';
import { changeOver, runEndingOn, sliceRange, summariseRange } from '../../src/data/range';
import { d, shippedDataset } from '../fixtures/reports';

const story = { from: d('2020-05-03'), to: d('2020-05-07') };

describe('range queries on the shipped data', () => {
  it('slices an inclusive range', () => {
    expect(sliceRange(shippedDataset(), story).map((day) => day.newCases)).toEqual([
      10_633, 10_581, 10_102, 10_559, 11_231,
    ]);
  });

  it('clips a range to the data and returns nothing for a reversed or outside range', () => {
    const ds = shippedDataset();
    expect(sliceRange(ds, { from: d('2019-01-01'), to: d('2020-02-01') })).toHaveLength(2);
    expect(sliceRange(ds, { from: d('2020-05-07'), to: d('2020-05-03') })).toEqual([]);
    expect(sliceRange(ds, { from: d('2023-03-01'), to: d('2023-04-01') })).toEqual([]);
  });

  it("summarises the story's five days: 53,106 cases, peak on 2020-05-07, all five above 10,000", () => {
    expect(summariseRange(shippedDataset(), story)).toMatchObject({
      firstDate: '2020-05-03',
      lastDate: '2020-05-07',
      dayCount: 5,
      newCases: 53_106,
      newDeaths: 1_625 - 1_222,
      peakNewCases: { date: '2020-05-07', value: 11_231 },
      daysAboveThreshold: 5,
      longestRunAboveThreshold: 5,
      flaggedDays: [],
    });
  });

  it('says a range of missing reports is not reported, never 0', () => {
    // 2022-09-22 to 2022-10-16: 25 report dates, none with a surviving report.
    const gap = summariseRange(shippedDataset(), { from: d('2022-09-22'), to: d('2022-10-16') });
    expect(gap).toMatchObject({ dayCount: 25, newCases: null, newDeaths: null });
    expect(gap?.daysWithoutNewCases).toBe(25);
    // One known day beside the gap makes the sums known again.
    const withOne = summariseRange(shippedDataset(), {
      from: d('2022-09-21'),
      to: d('2022-10-16'),
    });
    expect(withOne?.newCases).not.toBeNull();
  });

  it('summarises any threshold asked for', () => {
    expect(summariseRange(shippedDataset(), story, 10_500)?.daysAboveThreshold).toBe(4);
  });

  it('gives the change against the previous day and 7 days earlier', () => {
    const ds = shippedDataset();
    expect(changeOver(ds, 'newCases', d('2020-05-07'), 1)).toEqual({
      date: '2020-05-07',
      comparedWith: '2020-05-06',
      value: 11_231,
      previousValue: 10_559,
      absolute: 672,
      percent: (672 / 10_559) * 100,
    });
    expect(changeOver(ds, 'newCases', d('2020-05-07'), 7)?.comparedWith).toBe('2020-04-30');
    expect(changeOver(ds, 'newCases', d('2020-01-31'), 1)).toBeNull();
    expect(changeOver(ds, 'newRecovered', d('2020-03-24'), 1)).toBeNull();
    expect(changeOver(ds, 'newCases', d('2020-02-02'), 1)?.percent).toBeNull(); // 0 -> 0
  });

  it('finds the run ending on a day, for any threshold', () => {
    const ds = shippedDataset();
    expect(runEndingOn(ds, d('2020-05-07'), 10_000)).toEqual([
      '2020-05-03',
      '2020-05-04',
      '2020-05-05',
      '2020-05-06',
      '2020-05-07',
    ]);
    expect(runEndingOn(ds, d('2020-05-07'), 10_600)).toEqual(['2020-05-07']);
    expect(runEndingOn(ds, d('2020-05-02'), 10_000)).toEqual([]);
  });
});

describe('key figures', () => {
  it('gives a value, its changes, its average and the 28 days behind it', () => {
    const figure = keyFigure(shippedDataset(), 'newCases', d('2020-05-07'), 'newCasesAvg7');
    expect(figure).toMatchObject({
      value: 11_231,
      derived: false,
      vsPreviousDay: { absolute: 672 },
      vsWeekBefore: { comparedWith: '2020-04-30' },
      recentExtent: { low: 1_667, high: 11_231 },
    });
    expect(figure?.average).toBeCloseTo(70_662 / 7, 10);
    expect(figure?.recent).toHaveLength(28);
    expect(figure?.recent[0]?.date).toBe('2020-04-10');
    expect(keyFigure(shippedDataset(), 'totalRecovered', d('2020-03-01'))?.recentExtent).toBeNull();
    expect(keyFigure(shippedDataset(), 'newCases', d('2023-03-01'))).toBeNull();
  });

  it('says why a figure is not known', () => {
    const ds = shippedDataset();
    expect(keyFigure(ds, 'totalRecovered', d('2020-03-01'))?.unknownBecause).toEqual({
      kind: 'not-yet',
      firstKnown: '2020-03-24',
    });
    expect(keyFigure(ds, 'totalCases', d('2022-06-01'))?.unknownBecause).toEqual({
      kind: 'no-longer',
      lastKnown: '2022-03-11',
    });
    expect(keyFigure(ds, 'newCases', d('2022-10-01'))?.unknownBecause).toEqual({
      kind: 'missing-report',
    });
    expect(keyFigure(ds, 'newCases', d('2022-02-11'))?.unknownBecause).toBeNull();
    const jhu = shippedDataset({ place: 'RU', source: 'jhu' } as never);
    expect(keyFigure(jhu, 'totalRecovered', d('2021-01-01'))?.unknownBecause).toEqual({
      kind: 'never',
    });
  });
});
