/**
 * Property tests: invariants of the data module over arbitrary series and ranges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../src/data/dataset';
import { addDays, type IsoDate } from '../../src/data/iso-date';
import { runsAbove, sliceRange, summariseDays, summariseRange } from '../../src/data/range';
import { trailingMean } from '../../src/data/rolling';
import { d, reportsFrom } from '../fixtures/reports';

const START = d('2020-03-01');

/** A consistent series of daily counts with their running totals. */
const seriesArb = fc.array(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 120 });

function truth(daily: readonly number[]) {
  let total = 0;
  return daily.map((n) => {
    total += n;
    return { daily: n, total };
  });
}

const datasetArb: fc.Arbitrary<Dataset> = seriesArb.map((daily) =>
  buildDataset(
    reportsFrom(
      START,
      truth(daily).map((t) => [t.daily, t.total, 0, 0]),
    ),
  ),
);

const dateInArb = fc.integer({ min: -20, max: 160 }).map((offset) => addDays(START, offset));
const rangeArb = fc.tuple(dateInArb, dateInArb).map(([a, b]) => {
  const [from, to] = [a, b].sort();
  return { from: from as IsoDate, to: to as IsoDate };
});

describe('dataset invariants', () => {
  it('totals equal the running sum of the daily values, even where cells are missing', () => {
    fc.assert(
      fc.property(
        seriesArb,
        fc.array(fc.constantFrom<'daily' | 'total' | 'none'>('daily', 'total', 'none', 'none'), {
          minLength: 120,
          maxLength: 120,
        }),
        (daily, blanks) => {
          const expected = truth(daily);
          const reports = reportsFrom(
            START,
            expected.map((t, i) => [
              blanks[i] === 'daily' ? null : t.daily,
              blanks[i] === 'total' && i > 0 ? null : t.total,
              0,
              0,
            ]),
          );
          const ds = buildDataset(reports);
          ds.days.forEach((day, i) => {
            expect(day.flags).toEqual([]);
            // A derived value is never a wrong value.
            expect(day.newCases === null || day.newCases === expected[i]?.daily).toBe(true);
            expect(day.totalCases).toBe(expected[i]?.total);
            const previous = ds.days[i - 1];
            if (previous?.totalCases != null && day.newCases !== null && day.totalCases !== null) {
              expect(day.totalCases).toBe(previous.totalCases + day.newCases);
            }
          });
        },
      ),
    );
  });

  it('summarising a range equals summarising the days that lie in it', () => {
    fc.assert(
      fc.property(datasetArb, rangeArb, (ds, range) => {
        const inRange = ds.days.filter((day) => day.date >= range.from && day.date <= range.to);
        expect(summariseRange(ds, range)).toEqual(summariseDays(inRange, ds.runThreshold));
      }),
    );
  });

  it('cases within a range add up across any split of it', () => {
    fc.assert(
      fc.property(datasetArb, rangeArb, fc.nat(), (ds, range, cut) => {
        const days = sliceRange(ds, range);
        if (days.length < 2) return;
        const split = 1 + (cut % (days.length - 1));
        const whole = summariseDays(days, 10_000);
        const left = summariseDays(days.slice(0, split), 10_000);
        const right = summariseDays(days.slice(split), 10_000);
        // A range with no known day sums to "not reported" (null), a part of one to nothing.
        expect(whole?.newCases ?? 0).toBe((left?.newCases ?? 0) + (right?.newCases ?? 0));
        expect(whole?.daysAboveThreshold).toBe(
          (left?.daysAboveThreshold ?? 0) + (right?.daysAboveThreshold ?? 0),
        );
      }),
    );
  });

  it('the runs above a threshold add up to the days above it', () => {
    fc.assert(
      fc.property(
        datasetArb,
        rangeArb,
        fc.integer({ min: 0, max: 50_000 }),
        (ds, range, threshold) => {
          const days = sliceRange(ds, range);
          const inRuns = runsAbove(days, threshold).reduce((total, run) => total + run.length, 0);
          expect(inRuns).toBe(summariseDays(days, threshold)?.daysAboveThreshold ?? 0);
        },
      ),
    );
  });

  it('slicing never returns a day outside the range, and misses none inside it', () => {
    fc.assert(
      fc.property(datasetArb, dateInArb, dateInArb, (ds, from: IsoDate, to: IsoDate) => {
        const slice = sliceRange(ds, { from, to });
        for (const day of slice) {
          expect(day.date >= from && day.date <= to).toBe(true);
        }
        expect(slice.length).toBe(
          ds.days.filter((day) => day.date >= from && day.date <= to).length,
        );
      }),
    );
  });
});

describe('trailing mean invariants', () => {
  it('the rolling average of a constant series is that constant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 14 }),
        (value, length, window) => {
          const means = trailingMean(new Array(length).fill(value), window);
          means.forEach((mean, i) => {
            expect(mean).toBe(i < window - 1 ? null : value);
          });
        },
      ),
    );
  });

  it('equals the plain mean of each full window, and is null wherever a window has a gap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100_000 }), { freq: 8 }), { maxLength: 100 }),
        (values) => {
          const means = trailingMean(values, 7);
          means.forEach((mean, i) => {
            const window = values.slice(Math.max(0, i - 6), i + 1);
            const complete = window.length === 7 && window.every((v) => v !== null);
            if (!complete) expect(mean).toBeNull();
            else expect(mean).toBeCloseTo((window as number[]).reduce((a, b) => a + b, 0) / 7, 6);
          });
        },
      ),
    );
  });
});
