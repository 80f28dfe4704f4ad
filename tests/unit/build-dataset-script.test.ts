import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUpstreamCsv } from '../../scripts/build-dataset';
import { shippedFileText } from '../fixtures/reports';

const HEADER = 'date,new_cases,total_cases,new_deaths,total_deaths,new_recovered,total_recovered';
const sharedCsv = fileURLToPath(
  new URL('../../../shared/data/russia-national-daily.csv', import.meta.url),
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
describe.skipIf(!existsSync(sharedCsv))('the shipped file against the reference CSV', () => {
  it('holds exactly the rows of ../shared/data/russia-national-daily.csv', () => {
    const expected = parseUpstreamCsv(readFileSync(sharedCsv, 'utf8'));
    const shipped = JSON.parse(shippedFileText()) as { rows: unknown[] };
    expect(shipped.rows).toEqual(expected);
  });
});
