import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUpstreamCsv } from '../../scripts/build-dataset';
import { JHU_RUSSIA } from '../../src/data/series';
import { shippedFileText } from '../fixtures/reports';

const HEADER = 'date,new_cases,total_cases,new_deaths,total_deaths,new_recovered,total_recovered';
const sharedCsv = fileURLToPath(
  new URL('../../../shared/data/russia-national-daily-2020-2023.csv', import.meta.url),
);
const sharedJhuCsv = fileURLToPath(
  new URL('../../../shared/data/russia-national-daily-jhu.csv', import.meta.url),
);

describe('the upstream CSV reader of scripts/build-dataset.ts', () => {
  it('reads counts and keeps empty cells as null', () => {
    expect(parseUpstreamCsv(`${HEADER}\n2020-01-31,2,2,0,0,,\n`)).toEqual([
      ['2020-01-31', 2, 2, 0, 0, null, null],
    ]);
  });

  it('refuses a wrong header, a short line and a non-count, naming the line', () => {
    expect(() => parseUpstreamCsv('date,cases\n')).toThrow(/Line 1: expected header/);
    expect(() => parseUpstreamCsv(`${HEADER}\n2020-01-31,2,2\n`)).toThrow(/Line 2: 3 cells/);
    expect(() => parseUpstreamCsv(`${HEADER}\n2020-01-31,2,2.5,0,0,,\n`)).toThrow(
      /Line 2, column 3: "2.5"/,
    );
    expect(() => parseUpstreamCsv(`${HEADER}\n2020-01-31,-2,2,0,0,,\n`)).toThrow(/column 2/);
  });
});

// The reference data lives beside the project; these checks run only where it is present.
describe.skipIf(!existsSync(sharedCsv))('the shipped files against the reference CSVs', () => {
  it('official: holds exactly the rows of ../shared/data/russia-national-daily-2020-2023.csv', () => {
    const expected = parseUpstreamCsv(readFileSync(sharedCsv, 'utf8'));
    const shipped = JSON.parse(shippedFileText()) as { rows: unknown[] };
    expect(shipped.rows).toEqual(expected);
  });

  it("JHU: holds JHU's totals for every date of ../shared/data/russia-national-daily-jhu.csv", () => {
    // Made from JHU's own wide files by the importer; the reference file holds the same totals.
    const expected = parseUpstreamCsv(readFileSync(sharedJhuCsv, 'utf8')).map((row) => [
      row[0],
      row[2],
      row[4],
    ]);
    const shipped = JSON.parse(shippedFileText(JHU_RUSSIA)) as { rows: unknown[][] };
    expect(shipped.rows.map((row) => [row[0], row[2], row[4]])).toEqual(expected);
    // Only totals are shipped: the daily values are derived, and marked so, by the app.
    expect(shipped.rows.every((row) => row[1] === null && row[3] === null)).toBe(true);
  });
});
