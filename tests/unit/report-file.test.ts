import { describe, expect, it } from 'vitest';
import {
  describeProblem,
  type ParseOptions,
  parseReportFile,
  type ReportFileProblem,
} from '../../src/data/report-file';
import { JHU_RUSSIA, OFFICIAL_RUSSIA } from '../../src/data/series';
import { d, reportFileText, shippedFileText, testMeta } from '../fixtures/reports';

const goodRows = [
  ['2020-01-01', 1, 1, 0, 0, null, null],
  ['2020-01-02', 2, 3, 0, 0, null, null],
  ['2020-01-03', 4, 7, 1, 1, null, null],
];

function problemsOf(text: string, options: ParseOptions = {}): readonly ReportFileProblem[] {
  const result = parseReportFile(text, { today: d('2026-11-28'), ...options });
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

describe('parseReportFile', () => {
  it('reads the shipped official file: 1,100 report dates from 2020-01-31 to 2023-02-03 with provenance', () => {
    const result = parseReportFile(shippedFileText(), { expected: OFFICIAL_RUSSIA });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reports).toHaveLength(1_100);
    expect(result.reports[0]?.date).toBe('2020-01-31');
    expect(result.reports.find((r) => r.date === '2022-01-20')).toEqual({
      date: '2022-01-20',
      newCases: 38_850,
      totalCases: 10_938_261,
      newDeaths: 684,
      totalDeaths: 324_060,
      newRecovered: 24_478,
      totalRecovered: 9_950_333,
    });
    expect(result.reports.at(-1)?.date).toBe('2023-02-03');
    expect(result.meta.series).toEqual({ place: 'RU', source: 'official' });
    expect(result.meta.sources.map((s) => s.licence).join(' ')).toMatch(/MIT.*GPL.*CC BY 4\.0/);
    expect(result.meta.sources.map((s) => s.name).join(' ')).toMatch(/covid\.observer/);
    expect(result.meta.dateConvention).toMatch(/published/);
  });

  it('reads the shipped JHU file: totals only, 2020-01-22 to 2023-03-09', () => {
    const result = parseReportFile(shippedFileText(JHU_RUSSIA), { expected: JHU_RUSSIA });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reports).toHaveLength(1_143);
    expect(result.reports.find((r) => r.date === '2021-11-06')).toMatchObject({
      newCases: null,
      totalCases: 8_613_533,
      totalDeaths: 241_095,
    });
    expect(result.meta.sources[0]?.licence).toMatch(/CC BY 4\.0/);
  });

  it('refuses a file of another series than the one asked for', () => {
    const [problem] = problemsOf(shippedFileText(JHU_RUSSIA), { expected: OFFICIAL_RUSSIA });
    expect(problem).toMatchObject({ kind: 'wrong-series' });
    expect(describeProblem(problem as ReportFileProblem)).toBe(
      'The data file holds the series jhu/RU, not official/RU.',
    );
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
      const [problem] = problemsOf(reportFileText(goodRows, { version: 1 }));
      expect(problem).toMatchObject({ kind: 'bad-envelope', path: 'version' });
      expect(problemsOf('[1,2,3]')[0]?.kind).toBe('bad-envelope');
    });

    it('an envelope field of the wrong kind, named by its path', () => {
      const meta = { ...testMeta, sources: [{ ...testMeta.sources[0], url: 42 }], rowCount: '3' };
      const problems = problemsOf(reportFileText(goodRows, { meta }));
      expect(problems).toEqual([
        { kind: 'bad-envelope', path: 'meta.rowCount', detail: 'Expected a number, found string' },
        {
          kind: 'bad-envelope',
          path: 'meta.sources.0.url',
          detail: 'Expected text, found number',
        },
      ]);
      const noSeries = problemsOf(
        reportFileText(goodRows, {
          meta: { ...testMeta, series: { place: 'Moscow', source: 'who' } },
        }),
      );
      expect(noSeries.map((p) => p.kind === 'bad-envelope' && p.path)).toEqual([
        'meta.series.place',
        'meta.series.source',
      ]);
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

  describe('checks a file against itself and against the calendar (the defects an attack found)', () => {
    const withRows = (rows: unknown[], meta: Record<string, unknown> = {}) =>
      reportFileText(rows, {
        meta: {
          ...testMeta,
          firstDate: (rows[0] as unknown[])[0],
          lastDate: (rows.at(-1) as unknown[])[0],
          rowCount: rows.length,
          ...meta,
        },
      });

    it('refuses a date before December 2019 or after the day the file was made, naming row and field', () => {
      for (const date of ['0202-01-31', '0050-01-01', '0001-01-01', '1020-01-31', '2019-11-30']) {
        const [problem] = problemsOf(withRows([[date, 1, 1, 0, 0, null, null]]));
        expect(problem, date).toMatchObject({ kind: 'implausible-date', row: 1, date });
        expect(describeProblem(problem as ReportFileProblem)).toMatch(
          new RegExp(`^Row 1, field "date": ${date} is not a possible report date`),
        );
      }
      // generatedAt is 2026-01-01 in the test file: the next day is the last possible date.
      expect(problemsOf(withRows([['2026-01-03', 1, 1, 0, 0, null, null]]))[0]).toMatchObject({
        kind: 'implausible-date',
        latest: '2026-01-02',
      });
      const rows = [
        ['2020-01-20', 1, 1, 0, 0, null, null],
        ['2202-01-20', 1, 2, 0, 0, null, null],
      ];
      expect(problemsOf(withRows(rows))[0]).toMatchObject({ kind: 'implausible-date', row: 2 });
    });

    it("accepts a file made after the visitor's clock (a clock days behind)", () => {
      const ahead = parseReportFile(reportFileText(goodRows), { today: d('2025-12-20') });
      expect(ahead.ok).toBe(true);
    });

    it('refuses a generation date far in the future, or one that is not a date', () => {
      for (const generatedAt of ['2202-01-20T00:00:00Z', 'yesterday', '']) {
        const [problem] = problemsOf(withRows(goodRows, { generatedAt }));
        expect(problem, generatedAt).toMatchObject({
          kind: 'bad-envelope',
          path: 'meta.generatedAt',
        });
      }
    });

    it('compares meta.rowCount, firstDate and lastDate with the rows', () => {
      const problems = problemsOf(
        reportFileText(goodRows, {
          meta: { ...testMeta, rowCount: 721, firstDate: '2020-01-31', lastDate: '2022-01-20' },
        }),
      );
      expect(
        problems.map((p) => p.kind === 'meta-mismatch' && [p.field, p.stated, p.actual]),
      ).toEqual([
        ['rowCount', '721', '3'],
        ['firstDate', '2020-01-31', '2020-01-01'],
        ['lastDate', '2022-01-20', '2020-01-03'],
      ]);
      expect(describeProblem(problems[0] as ReportFileProblem)).toBe(
        'The data file says its number of rows is 721, but its rows give 3: the file may have been cut or edited.',
      );
    });

    it('names a number too large to read (1e400) as such, not as "null"', () => {
      const text = reportFileText(goodRows).replace('["2020-01-02",2,', '["2020-01-02",1e400,');
      const [problem] = problemsOf(text);
      expect(problem).toMatchObject({
        kind: 'bad-value',
        row: 2,
        field: 'newCases',
        reason: 'out-of-range',
      });
      expect(describeProblem(problem as ReportFileProblem)).toBe(
        'Row 2, field "newCases": the value Infinity is a number too large to read (written as something like 1e400).',
      );
    });

    it('says when it received a web page instead of the data, and what a non-JSON body begins with', () => {
      const [html] = problemsOf('<!DOCTYPE html><html><body>404 Not Found</body></html>');
      expect(html).toEqual({ kind: 'html-page' });
      expect(describeProblem(html as ReportFileProblem)).toMatch(/web page \(HTML\)/);
      const [other] = problemsOf('Service Unavailable');
      expect(describeProblem(other as ReportFileProblem)).toMatch(
        /begins with “Service Unavailable”/,
      );
    });
  });
});
