import { describe, expect, it } from 'vitest';
import { daysToCsv } from '../../src/data/csv';
import { buildDataset } from '../../src/data/dataset';
import { sliceRange } from '../../src/data/range';
import { d, reportsFrom, shippedDataset } from '../fixtures/reports';

describe('daysToCsv', () => {
  it('writes one row per report with the derived values, and leaves unknown values empty', () => {
    const csv = daysToCsv(
      sliceRange(shippedDataset(), { from: d('2020-03-23'), to: d('2020-03-24') }),
    );
    const [header, first, second] = csv.split('\r\n');
    expect(header).toBe(
      'date,new_cases,total_cases,new_deaths,total_deaths,new_recovered,total_recovered,active_cases,new_cases_7day_avg,new_deaths_7day_avg,note',
    );
    expect(first).toMatch(/^2020-03-23,\d+,\d+,0,0,,,,[\d.]+,0,$/);
    expect(second?.startsWith('2020-03-24,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it("holds the story's report as it is in the data", () => {
    const csv = daysToCsv(
      sliceRange(shippedDataset(), { from: d('2020-05-07'), to: d('2020-05-07') }),
    );
    expect(csv.split('\r\n')[1]).toMatch(/^2020-05-07,11231,177160,88,1625,\d+,\d+,\d+,10094.57,/);
  });

  it('explains flagged days in a quoted note', () => {
    const ds = buildDataset(
      reportsFrom('2020-01-01', [
        [10, 10, 0, 0],
        [null, 8, 0, 0],
      ]),
    );
    const row = daysToCsv(ds.days).split('\r\n')[2];
    expect(row).toBe(
      '2020-01-02,-2,8,0,0,,,,,,"The total of cases went down, from 10 to 8 (a revision). The daily figure for cases is negative (−2): a total was revised down."',
    );
  });
});
