import { describe, expect, it } from 'vitest';
import {
  describeProblem,
  parseReportFile,
  type ReportFileProblem,
} from '../../src/data/report-file';
import { reportFileText, shippedFileText } from '../fixtures/reports';

const goodRows = [
  ['2020-01-01', 1, 1, 0, 0, null, null],
  ['2020-01-02', 2, 3, 0, 0, null, null],
  ['2020-01-03', 4, 7, 1, 1, null, null],
];

function problemsOf(text: string): readonly ReportFileProblem[] {
  const result = parseReportFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

describe('parseReportFile', () => {
  it('reads the shipped file: 721 reports from 2020-01-31 to 2022-01-20 with provenance', () => {
    const result = parseReportFile(shippedFileText());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reports).toHaveLength(721);
    expect(result.reports[0]?.date).toBe('2020-01-31');
    expect(result.reports.at(-1)).toEqual({
      date: '2022-01-20',
      newCases: 38_850,
      totalCases: 10_938_261,
      newDeaths: 684,
      totalDeaths: 324_060,
      newRecovered: 24_478,
      totalRecovered: 9_950_333,
    });
    expect(result.meta.sources.map((s) => s.licence).join(' ')).toMatch(/MIT.*GPL.*CC BY 4\.0/);
    expect(result.meta.dateConvention).toMatch(/published/);
  });

  it('keeps an empty value as "not reported", never zero', () => {
    const result = parseReportFile(reportFileText(goodRows));
    expect(result.ok && result.reports[0]?.newRecovered).toBeNull();
  });

  describe('rejects malformed files with a problem naming the row and field', () => {
    it('an empty file', () => {
      expect(problemsOf('')).toEqual([{ kind: 'empty' }]);
      expect(problemsOf('  \n')).toEqual([{ kind: 'empty' }]);
    });

    it('a truncated file', () => {
      const text = reportFileText(goodRows);
      const [problem] = problemsOf(text.slice(0, text.length - 25));
      expect(problem?.kind).toBe('not-json');
      expect(describeProblem(problem as ReportFileProblem)).toMatch(/truncated/);
    });

    it('a file of another format or version', () => {
      const [problem] = problemsOf(reportFileText(goodRows, { version: 2 }));
      expect(problem).toMatchObject({ kind: 'bad-envelope', path: 'version' });
      expect(problemsOf('[1,2,3]')[0]?.kind).toBe('bad-envelope');
    });

    it('a wrong header', () => {
      const columns = [
        'date',
        'cases',
        'totalCases',
        'newDeaths',
        'totalDeaths',
        'newRecovered',
        'totalRecovered',
      ];
      const [problem] = problemsOf(reportFileText(goodRows, { columns }));
      expect(problem).toMatchObject({ kind: 'wrong-columns' });
      expect(describeProblem(problem as ReportFileProblem)).toMatch(/date,cases,totalCases/);
    });

    it('no rows', () => {
      expect(problemsOf(reportFileText([]))).toEqual([{ kind: 'no-rows' }]);
    });

    it('a row of the wrong length', () => {
      const [problem] = problemsOf(reportFileText([goodRows[0], ['2020-01-02', 2, 3]]));
      expect(problem).toEqual({ kind: 'bad-row', row: 2, detail: 'has 3 values, expected 7' });
    });

    it.each([
      ['a non-numeric count', '12', 'not-a-number', /value "12" is not a number/],
      ['a word', 'n/a', 'not-a-number', /not a number/],
      ['a fractional count', 2.5, 'not-an-integer', /2\.5 is not a whole number/],
      ['a negative count', -3, 'negative', /-3 is negative/],
      ['an unsafe integer', 2 ** 60, 'too-large', /too large/],
    ])('%s', (_, value, reason, message) => {
      const rows = [goodRows[0], ['2020-01-02', 2, value, 0, 0, null, null]];
      const problems = problemsOf(reportFileText(rows));
      expect(problems).toEqual([
        { kind: 'bad-value', row: 2, field: 'totalCases', value: JSON.stringify(value), reason },
      ]);
      const sentence = describeProblem(problems[0] as ReportFileProblem);
      expect(sentence).toMatch(/^Row 2, field "totalCases"/);
      expect(sentence).toMatch(message);
    });

    it('a date that is not a calendar date', () => {
      const problems = problemsOf(reportFileText([['2021-02-29', 1, 1, 0, 0, null, null]]));
      expect(problems[0]).toMatchObject({
        kind: 'bad-value',
        row: 1,
        field: 'date',
        reason: 'not-a-date',
      });
    });

    it('duplicate dates', () => {
      const rows = [goodRows[0], goodRows[1], ['2020-01-02', 0, 3, 0, 0, null, null], goodRows[2]];
      const problems = problemsOf(reportFileText(rows));
      expect(problems).toEqual([
        { kind: 'duplicate-date', row: 3, date: '2020-01-02', firstRow: 2 },
      ]);
      expect(describeProblem(problems[0] as ReportFileProblem)).toBe(
        'Row 3, field "date": 2020-01-02 already appears in row 2.',
      );
    });

    it('unsorted rows', () => {
      const rows = [goodRows[0], goodRows[2], goodRows[1]];
      const problems = problemsOf(reportFileText(rows));
      expect(problems).toEqual([
        { kind: 'out-of-order', row: 3, date: '2020-01-02', previousDate: '2020-01-03' },
      ]);
      expect(describeProblem(problems[0] as ReportFileProblem)).toBe(
        'Row 3, field "date": 2020-01-02 comes after 2020-01-03; rows must be in date order.',
      );
    });

    it('lists every bad cell, up to a limit, and never echoes a huge value', () => {
      const rows = Array.from({ length: 50 }, (_, i) => [
        `2020-02-${String(i + 1).padStart(2, '0')}`,
        'x'.repeat(500),
        1,
        0,
        0,
        null,
        null,
      ]);
      const problems = problemsOf(reportFileText(rows));
      expect(problems).toHaveLength(20);
      for (const problem of problems) expect(describeProblem(problem).length).toBeLessThan(200);
    });
  });
});
