import { describe, expect, it } from 'vitest';
import { buildDataset, type DayEntry, dayAt } from '../../src/data/dataset';
import { consistentReports, d, reportsFrom, shippedDataset } from '../fixtures/reports';

const day = (date: string): DayEntry => {
  const entry = dayAt(shippedDataset(), d(date));
  if (!entry) throw new Error(`no day ${date}`);
  return entry;
};

describe('buildDataset on the shipped data', () => {
  it('has one entry per calendar day, in order', () => {
    const { days, firstDate, lastDate } = shippedDataset();
    expect(days).toHaveLength(1_100);
    expect([firstDate, lastDate]).toEqual(['2020-01-31', '2023-02-03']);
    days.forEach((entry, i) => {
      if (i > 0) expect(entry.date > (days[i - 1] as DayEntry).date).toBe(true);
    });
  });

  it('holds the report of 2020-05-07 that the story quotes', () => {
    expect(day('2020-05-07')).toMatchObject({
      newCases: 11_231,
      totalCases: 177_160,
      totalDeaths: 1_625,
      isRecordHigh: true,
      runAboveThreshold: 5,
    });
    expect(day('2020-05-08')).toMatchObject({
      newCases: 10_699,
      isRecordHigh: false,
      runAboveThreshold: 6,
    });
    expect(day('2020-05-02').runAboveThreshold).toBe(0);
  });

  it('derives the 7-day average, active cases and the case fatality ratio', () => {
    const may7 = day('2020-05-07');
    // 2020-05-01..07: 7,933 + 9,623 + 10,633 + 10,581 + 10,102 + 10,559 + 11,231
    expect(may7.newCasesAvg7).toBeCloseTo(70_662 / 7, 10);
    expect(may7.activeCases).toBe(177_160 - 1_625 - (may7.totalRecovered as number));
    expect(may7.caseFatalityRatio).toBeCloseTo(1_625 / 177_160, 12);
    expect(day('2020-02-05').newCasesAvg7).toBeNull(); // fewer than 7 days known
    expect(day('2020-02-06').newCasesAvg7).toBeCloseTo(2 / 7, 12);
  });

  it('knows recoveries only from 2020-03-24, and never shows them as zero before', () => {
    expect(day('2020-03-23')).toMatchObject({
      newRecovered: null,
      totalRecovered: null,
      activeCases: null,
    });
    expect(day('2020-03-24').totalRecovered).not.toBeNull();
    expect(day('2020-03-24').newRecovered).toBeNull();
    expect(day('2020-03-25').newRecovered).not.toBeNull();
  });

  it('finds the record day and the run of days above 10,000 of the whole series', () => {
    const { days } = shippedDataset();
    const records = days.filter((entry) => entry.isRecordHigh);
    expect(records.at(-1)).toMatchObject({
      date: '2022-02-11',
      newCases: 203_949,
      totalCases: 13_731_794,
      totalDeaths: 338_813,
    });
    // The record of 2021, before Omicron
    expect(records.findLast((entry) => entry.date < '2022-01-01')).toMatchObject({
      date: '2021-11-06',
      newCases: 41_335,
    });
    const maxDeaths = Math.max(...days.map((entry) => entry.newDeaths ?? 0));
    expect(days.find((entry) => entry.newDeaths === maxDeaths)?.date).toBe('2021-11-19');
    expect(maxDeaths).toBe(1_254);
  });

  it('flags the 38 report dates of which no report survives, and nothing else', () => {
    const flagged = shippedDataset().days.filter((entry) => entry.flags.length > 0);
    expect(flagged).toHaveLength(38);
    for (const entry of flagged) {
      expect(entry.flags).toEqual([{ kind: 'missing-report' }]);
      expect(entry.newCases).toBeNull(); // never 0
      expect(entry.date > '2022-01-20').toBe(true);
    }
    // The longest gap: 2022-09-22 .. 2022-10-16, 25 days
    expect(flagged.filter((e) => e.date >= '2022-09-22' && e.date <= '2022-10-16')).toHaveLength(
      25,
    );
  });

  it('knows cumulative totals to 2022-03-11 only, and does not average across a gap', () => {
    expect(day('2022-03-11').totalCases).not.toBeNull();
    expect(day('2022-03-12').totalCases).toBeNull();
    expect(day('2023-02-03')).toMatchObject({ newCases: 9_670, totalCases: null });
    // 2022-09-22 has no report: the averages of the 7 days from it are not drawn
    for (let i = 0; i < 7; i++) {
      const date = new Date(Date.UTC(2022, 9, 16 + i)).toISOString().slice(0, 10);
      expect(day(date).newCasesAvg7, date).toBeNull();
    }
    expect(day('2022-10-23').newCasesAvg7).not.toBeNull();
  });
});

describe('buildDataset on constructed series', () => {
  it('derives a missing daily value from the totals and says it was derived', () => {
    const ds = buildDataset(
      reportsFrom('2020-01-01', [
        [1, 1, 0, 0],
        [null, 4, 0, 0],
      ]),
    );
    expect(ds.days[1]).toMatchObject({ newCases: 3, derived: ['newCases'], flags: [] });
  });

  it('derives a missing total from the daily value', () => {
    const ds = buildDataset(
      reportsFrom('2020-01-01', [
        [1, 1, 0, 0],
        [5, null, 0, 0],
      ]),
    );
    expect(ds.days[1]).toMatchObject({ totalCases: 6, derived: ['totalCases'] });
  });

  it('flags, and does not fix, a day whose daily value disagrees with its totals', () => {
    const ds = buildDataset(
      reportsFrom('2020-01-01', [
        [1, 1, 0, 0],
        [5, 4, 0, 0],
      ]),
    );
    expect(ds.days[1]).toMatchObject({ newCases: 5, totalCases: 4 });
    expect(ds.days[1]?.flags).toEqual([
      { kind: 'inconsistent-total', metric: 'cases', totalChange: 3, reportedDaily: 5 },
    ]);
  });

  it('flags a total that goes down, and the negative daily value derived from it', () => {
    const ds = buildDataset(
      reportsFrom('2020-01-01', [
        [10, 10, 1, 1],
        [null, 8, 0, 1],
      ]),
    );
    expect(ds.days[1]?.newCases).toBe(-2);
    expect(ds.days[1]?.flags).toEqual([
      { kind: 'total-decreased', metric: 'cases', previousTotal: 10, total: 8 },
      { kind: 'negative-daily', metric: 'cases', daily: -2 },
    ]);
  });

  it('fills missing days with unknown values and flags them', () => {
    const reports = reportsFrom('2020-01-01', [[1, 1, 0, 0]]).concat(
      reportsFrom('2020-01-04', [[2, 3, 0, 0]]),
    );
    const ds = buildDataset(reports);
    expect(ds.days.map((entry) => entry.date)).toEqual([
      '2020-01-01',
      '2020-01-02',
      '2020-01-03',
      '2020-01-04',
    ]);
    expect(ds.days[1]).toMatchObject({
      newCases: null,
      totalCases: null,
      flags: [{ kind: 'missing-report' }],
    });
    expect(ds.days[3]?.flags).toEqual([]); // nothing to compare with: yesterday is unknown
  });

  it('counts runs above any threshold it is given', () => {
    const reports = consistentReports('2020-01-01', [5, 20, 30, 5, 40]);
    expect(
      buildDataset(reports, { runThreshold: 10 }).days.map((e) => e.runAboveThreshold),
    ).toEqual([0, 1, 2, 0, 1]);
    expect(buildDataset(reports, { runThreshold: 4 }).days.map((e) => e.runAboveThreshold)).toEqual(
      [1, 2, 3, 4, 5],
    );
  });

  it('marks a record only when a day beats every earlier day', () => {
    const reports = consistentReports('2020-01-01', [0, 3, 3, 2, 4]);
    expect(buildDataset(reports).days.map((e) => e.isRecordHigh)).toEqual([
      false,
      true,
      false,
      false,
      true,
    ]);
  });

  it('refuses to build from nothing', () => {
    expect(() => buildDataset([])).toThrow(RangeError);
  });
});
