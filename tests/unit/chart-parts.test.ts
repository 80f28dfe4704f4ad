import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../src/app/query-client';
import { dayAxes } from '../../src/components/chart/day-axes';
import { timeTicks } from '../../src/components/chart/time-ticks';
import { logTicks, valueTicks } from '../../src/components/chart/value-ticks';
import { setFormatLocale } from '../../src/data/format';
import { addDays } from '../../src/data/iso-date';
import { DatasetLoadError } from '../../src/data/load-dataset';
import { d } from '../fixtures/reports';

describe('time ticks', () => {
  it('mark each day of a short range, and the first of the month (or year) of a long one', () => {
    expect(timeTicks(d('2020-05-03'), d('2020-05-07'), 10)).toEqual({
      unit: 'day',
      ticks: ['2020-05-03', '2020-05-04', '2020-05-05', '2020-05-06', '2020-05-07'].map((date) => ({
        x: expect.any(Number),
        date,
      })),
    });
    const whole = timeTicks(d('2020-01-31'), d('2023-02-03'), 12);
    expect(whole.unit).toBe('month');
    expect(whole.ticks.map((t) => t.date)).toEqual([
      '2020-04-01',
      '2020-07-01',
      '2020-10-01',
      '2021-01-01',
      '2021-04-01',
      '2021-07-01',
      '2021-10-01',
      '2022-01-01',
      '2022-04-01',
      '2022-07-01',
      '2022-10-01',
      '2023-01-01',
    ]);
    expect(timeTicks(d('2020-01-31'), d('2023-02-03'), 4)).toMatchObject({
      unit: 'year',
      ticks: [{ date: '2021-01-01' }, { date: '2022-01-01' }, { date: '2023-01-01' }],
    });
  });

  it('never give more ticks than asked, all inside the range, in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_100 }),
        fc.integer({ min: 0, max: 1_100 }),
        fc.integer({ min: 2, max: 16 }),
        (start, length, most) => {
          const from = addDays(d('2020-01-31'), start);
          const to = addDays(from, length);
          const { ticks } = timeTicks(from, to, most);
          expect(ticks.length).toBeLessThanOrEqual(most);
          for (const [i, tick] of ticks.entries()) {
            expect(tick.date >= from && tick.date <= to).toBe(true);
            if (i > 0) expect(tick.x).toBeGreaterThan((ticks[i - 1] as { x: number }).x);
          }
        },
      ),
    );
  });
});

describe('value ticks', () => {
  it('are round steps from 0 past the highest value', () => {
    expect(valueTicks(41_335)).toEqual([0, 10_000, 20_000, 30_000, 40_000, 50_000]);
    expect(valueTicks(203_949)).toEqual([0, 50_000, 100_000, 150_000, 200_000, 250_000]);
    expect(valueTicks(0)).toEqual([0, 1]);
    expect(logTicks(13_731_794)).toEqual([1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]);
    expect(logTicks(13_731_794, 3)).toEqual([1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]);
    // Daily deaths per 100,000: the axis reaches below 1 for the smallest rate drawn.
    expect(logTicks(0.6, 0.004)).toEqual([0.001, 0.01, 0.1, 1]);
    expect(logTicks(0.5, 0.05)).toEqual([0.01, 0.1, 1]);
  });
});

describe('the retry policy of the query client', () => {
  const retry = createQueryClient().getDefaultOptions().queries?.retry as (
    count: number,
    error: unknown,
  ) => boolean;

  it('retries a dropped connection twice, and nothing that a retry cannot mend', () => {
    const dropped = new DatasetLoadError({ kind: 'network', detail: 'Failed to fetch' });
    expect([0, 1, 2].map((count) => retry(count, dropped))).toEqual([true, true, false]);
    for (const failure of [
      { kind: 'http', status: 500 },
      { kind: 'timeout', seconds: 20 },
      { kind: 'offline' },
      { kind: 'invalid-file', problems: [{ kind: 'empty' }] },
    ] as const) {
      expect(retry(0, new DatasetLoadError(failure)), failure.kind).toBe(false);
    }
    expect(retry(0, new Error('anything else'))).toBe(false);
  });
});

describe('the value axis', () => {
  afterEach(() => setFormatLocale('en'));

  it('is wide enough for its longest label in the page language', () => {
    const ticks = [0, 50_000, 100_000, 250_000];
    expect(dayAxes(undefined, undefined, 800, ticks).y.width).toBe(48); // "250K"
    setFormatLocale('ru');
    // "250 тыс.": eight characters
    expect(dayAxes(undefined, undefined, 800, ticks).y.width).toBeGreaterThanOrEqual(8 * 7);
  });
});
