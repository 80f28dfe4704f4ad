import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../scripts/import-jhu';
import {
  describeFlag,
  describeProblem,
  formatTotalsCsv,
  type ImportResult,
  importJhuRussia,
  jhuDateToIso,
  type Problem,
  parseCsv,
  readCountrySeries,
} from '../../scripts/lib/jhu-time-series';

// ---------------------------------------------------------------------------------------------
// Crafted wide files in JHU's layout
// ---------------------------------------------------------------------------------------------

const ID_COLUMNS = 'Province/State,Country/Region,Lat,Long';
const DATES = ['5/5/20', '5/6/20', '5/7/20'];

/** A JHU-style file: the header with `dates`, then the given data lines, `\n` line ends. */
function wide(dates: readonly string[], ...rows: string[]): string {
  return `${[`${ID_COLUMNS},${dates.join(',')}`, ...rows].join('\n')}\n`;
}

const russia = (...values: (number | string)[]): string =>
  `,Russia,61.52401,105.318756,${values.join(',')}`;

const confirmedOf = (text: string) => ({ name: 'confirmed.csv', text });
const deathsOf = (text: string) => ({ name: 'deaths.csv', text });

/** Deaths that always read cleanly, for tests about the confirmed file (and vice versa). */
const GOOD_DEATHS = deathsOf(wide(DATES, russia(1537, 1625, 1723)));
const GOOD_CONFIRMED = confirmedOf(wide(DATES, russia(165929, 177160, 187859)));

function problemsOf(result: ImportResult): Problem[] {
  if (result.ok) throw new Error(`expected problems, got ${result.rows.length} rows`);
  return result.problems;
}

function rowsOf(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.rows;
}

// ---------------------------------------------------------------------------------------------

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted cells with commas and doubled quotes', () => {
    const result = parseCsv(
      ',"Korea, South",1\n"Bonaire, Sint Eustatius and Saba",Netherlands,2\n"a ""b""",c,3\n',
    );
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['', 'Korea, South', '1'] },
        { line: 2, cells: ['Bonaire, Sint Eustatius and Saba', 'Netherlands', '2'] },
        { line: 3, cells: ['a "b"', 'c', '3'] },
      ],
    });
  });

  it('gives the same records for LF, CRLF, no final line end and a UTF-8 BOM', () => {
    const expected = [
      { line: 1, cells: ['a', 'b', ''] },
      { line: 2, cells: ['', '1', '2'] },
    ];
    for (const text of ['a,b,\n,1,2\n', 'a,b,\r\n,1,2\r\n', 'a,b,\n,1,2', '\uFEFFa,b,\r\n,1,2']) {
      expect(parseCsv(text)).toEqual({ ok: true, records: expected });
    }
  });

  it('counts lines inside a quoted cell, so later records keep their real line numbers', () => {
    const result = parseCsv('h1,h2\n"two\nlines",x\nnext,y\n');
    expect(result.ok && result.records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('refuses a stray quote and an unclosed quoted cell, naming the line', () => {
    expect(parseCsv('a,b\nx,y"z\n')).toMatchObject({
      ok: false,
      error: { line: 2, cell: 2, message: expect.stringMatching(/quote inside an unquoted cell/) },
    });
    expect(parseCsv('a,b\n"x,y\n')).toMatchObject({
      ok: false,
      error: { line: 2, cell: 1, message: expect.stringMatching(/never closed/) },
    });
    expect(parseCsv('a,b\n"x"y,z\n')).toMatchObject({
      ok: false,
      error: { line: 2, message: expect.stringMatching(/after the closing quote/) },
    });
  });
});

describe('jhuDateToIso (M/D/YY, years 20YY, no shift)', () => {
  it.each([
    ['5/7/20', '2020-05-07'],
    ['1/22/20', '2020-01-22'],
    ['12/31/20', '2020-12-31'],
    ['1/1/21', '2021-01-01'],
    ['2/29/20', '2020-02-29'],
    ['3/9/23', '2023-03-09'],
  ])('%s -> %s', (text, iso) => {
    expect(jhuDateToIso(text)).toBe(iso);
  });

  it.each([
    '2/29/21',
    '2/30/20',
    '4/31/20',
    '13/1/20',
    '0/1/20',
    '1/0/20',
    '01/22/20',
    '1/22/2020',
    '2020-01-22',
    '1/22/20 ',
    '',
  ])('refuses %j', (text) => {
    expect(jhuDateToIso(text)).toBeNull();
  });
});

describe('importJhuRussia: picking the row', () => {
  it('takes the country row, not a Russia province row listed before it', () => {
    const confirmed = confirmedOf(
      wide(
        DATES,
        ',Afghanistan,33.9,67.7,7,8,9',
        'Some Province,Russia,0,0,1,2,3',
        russia(165929, 177160, 187859),
      ),
    );
    expect(rowsOf(importJhuRussia(confirmed, GOOD_DEATHS))).toEqual([
      { date: '2020-05-05', totalCases: 165929, totalDeaths: 1537 },
      { date: '2020-05-06', totalCases: 177160, totalDeaths: 1625 },
      { date: '2020-05-07', totalCases: 187859, totalDeaths: 1723 },
    ]);
  });

  it('reads a file with quoted names and a country split over several rows', () => {
    const text = wide(
      DATES,
      ',"Korea, South",35.9,127.7,1,2,3',
      '"Bonaire, Sint Eustatius and Saba",Netherlands,12.2,-68.3,4,5,6',
      'Aruba,Netherlands,12.5,-69.9,7,8,9',
      ',Netherlands,52.1,5.3,10,11,12',
      russia(165929, 177160, 187859),
    );
    expect(
      rowsOf(importJhuRussia(confirmedOf(text), GOOD_DEATHS)).map((r) => r.totalCases),
    ).toEqual([165929, 177160, 187859]);
    // The same rule for another country: its own row, not a province, and a quoted name matched whole.
    const netherlands = readCountrySeries(confirmedOf(text), 'Netherlands');
    expect(netherlands.ok && netherlands.series).toMatchObject({ line: 5, values: [10, 11, 12] });
    const korea = readCountrySeries(confirmedOf(text), 'Korea, South');
    expect(korea.ok && korea.series.values).toEqual([1, 2, 3]);
  });

  it('reports a missing Russia row, pointing at the province row it did not take', () => {
    const confirmed = confirmedOf(
      wide(DATES, ',Germany,51,10,1,2,3', 'Some Province,Russia,0,0,1,2,3'),
    );
    const [problem, ...rest] = problemsOf(importJhuRussia(confirmed, GOOD_DEATHS));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'confirmed.csv', line: null, column: null });
    expect(problem?.message).toMatch(/no row for "Russia" with an empty Province\/State/);
    expect(problem?.message).toMatch(/line 3 \("Some Province", "Russia"\)/);
  });

  it('does not take "Russia " or "russia" for Russia', () => {
    const confirmed = confirmedOf(wide(DATES, ',Russia ,0,0,1,2,3', ',russia,0,0,1,2,3'));
    expect(problemsOf(importJhuRussia(confirmed, GOOD_DEATHS))[0]?.message).toMatch(
      /no row for "Russia"/,
    );
  });

  it('reports two Russia rows with both line numbers', () => {
    const deaths = deathsOf(wide(DATES, russia(1, 2, 3), ',Germany,51,10,1,2,3', russia(1, 2, 3)));
    const problems = problemsOf(importJhuRussia(GOOD_CONFIRMED, deaths));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'deaths.csv' });
    expect(problems[0]?.message).toMatch(/2 rows for "Russia".*lines 2, 4/);
  });

  it('collects the problems of both files in one run', () => {
    const empty = wide(DATES, ',Germany,51,10,1,2,3');
    const problems = problemsOf(importJhuRussia(confirmedOf(empty), deathsOf(empty)));
    expect(problems.map((p) => p.file)).toEqual(['confirmed.csv', 'deaths.csv']);
  });
});

describe('importJhuRussia: the header', () => {
  it('converts M/D/YY columns across years, with no shift', () => {
    const dates = ['12/30/20', '12/31/20', '1/1/21'];
    const result = importJhuRussia(
      confirmedOf(wide(dates, russia(10, 20, 30))),
      deathsOf(wide(dates, russia(1, 2, 3))),
    );
    expect(rowsOf(result).map((row) => row.date)).toEqual([
      '2020-12-30',
      '2020-12-31',
      '2021-01-01',
    ]);
  });

  it.each([
    ['an impossible date', ['2/28/21', '2/29/21', '3/1/21'], 6, '2/29/21', /not a date column/],
    ['a four-digit year', ['5/5/20', '5/6/2020', '5/7/20'], 6, '5/6/2020', /not a date column/],
    ['an empty header cell', ['5/5/20', '', '5/7/20'], 6, '', /not a date column/],
    ['a date out of order', ['5/5/20', '5/7/20', '5/6/20'], 7, '5/6/20', /comes before column 6/],
    ['a repeated date', ['5/5/20', '5/6/20', '5/6/20'], 7, '5/6/20', /repeats column 6/],
  ])('refuses %s, naming line 1 and the column', (_, dates, index, header, message) => {
    const problems = problemsOf(
      importJhuRussia(confirmedOf(wide(dates, russia(1, 2, 3))), GOOD_DEATHS),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'confirmed.csv',
      line: 1,
      column: { index, header },
    });
    expect(problems[0]?.message).toMatch(message);
  });

  it('refuses a header without Province/State or Country/Region', () => {
    const noProvince = 'Country/Region,Lat,Long,5/5/20\nRussia,0,0,1\n';
    expect(problemsOf(importJhuRussia(confirmedOf(noProvince), GOOD_DEATHS))[0]?.message).toMatch(
      /no "Province\/State" column/,
    );
    const noCountry = 'Province/State,Lat,Long,5/5/20\n,0,0,1\n';
    expect(problemsOf(importJhuRussia(confirmedOf(noCountry), GOOD_DEATHS))[0]?.message).toMatch(
      /no "Country\/Region" column/,
    );
  });

  it('refuses a header with no date columns, and an empty file', () => {
    const noDates = `${ID_COLUMNS}\n,Russia,0,0\n`;
    expect(problemsOf(importJhuRussia(confirmedOf(noDates), GOOD_DEATHS))).toEqual([
      { file: 'confirmed.csv', line: 1, column: null, message: 'the header has no date columns' },
    ]);
    expect(problemsOf(importJhuRussia(confirmedOf(''), GOOD_DEATHS))[0]?.message).toBe(
      'the file is empty',
    );
  });
});

describe('importJhuRussia: the cells', () => {
  it.each(['', 'abc', '1.5', '-3', '1e3', ' 7', '0x10'])(
    'refuses the count %j, naming row and column',
    (cell) => {
      const deaths = deathsOf(wide(DATES, ',Germany,51,10,1,2,3', russia(1537, cell, 1723)));
      expect(problemsOf(importJhuRussia(GOOD_CONFIRMED, deaths))).toEqual([
        {
          file: 'deaths.csv',
          line: 3,
          column: { index: 6, header: '5/6/20' },
          message: `${JSON.stringify(cell)} is not a count (a whole number, 0 or more)`,
        },
      ]);
    },
  );

  it('does not check the numbers of other countries', () => {
    const confirmed = confirmedOf(wide(DATES, ',Germany,51,10,x,,1.5', russia(1, 2, 3)));
    expect(importJhuRussia(confirmed, GOOD_DEATHS).ok).toBe(true);
  });

  it('refuses a row with a different cell count than the header', () => {
    const short = confirmedOf(wide(DATES, russia(165929, 177160)));
    expect(problemsOf(importJhuRussia(short, GOOD_DEATHS))).toEqual([
      { file: 'confirmed.csv', line: 2, column: null, message: '6 cells, but the header has 7' },
    ]);
    // An unquoted comma in another row shifts its cells: that row is refused too.
    const shifted = confirmedOf(wide(DATES, ',Korea, South,35.9,127.7,1,2,3', russia(1, 2, 3)));
    expect(problemsOf(importJhuRussia(shifted, GOOD_DEATHS))[0]).toMatchObject({ line: 2 });
  });

  it('names the column of a CSV syntax error in a data row', () => {
    const broken = confirmedOf(wide(DATES, russia(1, '2"', 3)));
    expect(problemsOf(importJhuRussia(broken, GOOD_DEATHS))[0]).toMatchObject({
      file: 'confirmed.csv',
      line: 2,
      column: { index: 6, header: '5/6/20' },
    });
  });
});

describe('importJhuRussia: the two files together', () => {
  it('flags a decreasing total and keeps the published value', () => {
    const deaths = deathsOf(
      wide(['10/16/20', '10/17/20', '10/18/20'], russia(23205, 23198, 23350)),
    );
    const confirmed = confirmedOf(wide(['10/16/20', '10/17/20', '10/18/20'], russia(10, 9, 8)));
    const result = importJhuRussia(confirmed, deaths);
    expect(rowsOf(result)).toEqual([
      { date: '2020-10-16', totalCases: 10, totalDeaths: 23205 },
      { date: '2020-10-17', totalCases: 9, totalDeaths: 23198 },
      { date: '2020-10-18', totalCases: 8, totalDeaths: 23350 },
    ]);
    expect(result.ok && result.flags).toEqual([
      {
        date: '2020-10-17',
        field: 'total_cases',
        previous: 10,
        value: 9,
        file: 'confirmed.csv',
        line: 2,
        column: { index: 6, header: '10/17/20' },
      },
      {
        date: '2020-10-18',
        field: 'total_cases',
        previous: 9,
        value: 8,
        file: 'confirmed.csv',
        line: 2,
        column: { index: 7, header: '10/18/20' },
      },
      {
        date: '2020-10-17',
        field: 'total_deaths',
        previous: 23205,
        value: 23198,
        file: 'deaths.csv',
        line: 2,
        column: { index: 6, header: '10/17/20' },
      },
    ]);
  });

  it('does not flag a total that stays the same', () => {
    const result = importJhuRussia(confirmedOf(wide(DATES, russia(5, 5, 5))), GOOD_DEATHS);
    expect(result.ok && result.flags).toEqual([]);
  });

  it('refuses files with different date columns', () => {
    const fewer = deathsOf(wide(['5/5/20', '5/6/20'], russia(1537, 1625)));
    const [problem] = problemsOf(importJhuRussia(GOOD_CONFIRMED, fewer));
    expect(problem?.message).toMatch(/different date columns/);
    expect(problem?.message).toMatch(/confirmed\.csv has "5\/7\/20" in column 7/);
    expect(problem?.message).toMatch(/deaths\.csv has no more date columns/);

    const other = deathsOf(wide(['5/5/20', '5/6/20', '5/8/20'], russia(1537, 1625, 1723)));
    expect(problemsOf(importJhuRussia(GOOD_CONFIRMED, other))[0]).toMatchObject({
      file: 'deaths.csv',
      line: 1,
      column: { index: 7, header: '5/8/20' },
    });
  });
});

describe('messages and output', () => {
  it('describes a problem with file, line and column, and a flag with its day and values', () => {
    expect(
      describeProblem({
        file: 'd.csv',
        line: 5,
        column: { index: 120, header: '5/20/20' },
        message: '"abc" is not a count',
      }),
    ).toBe('d.csv, line 5, column 120 "5/20/20": "abc" is not a count');
    expect(
      describeFlag({
        date: '2020-10-17',
        field: 'total_deaths',
        previous: 23205,
        value: 23198,
        file: 'd.csv',
        line: 5,
        column: { index: 274, header: '10/17/20' },
      }),
    ).toBe(
      '2020-10-17 total_deaths went down from 23205 to 23198 (d.csv, line 5, column 274 "10/17/20"); kept as published',
    );
  });

  it('writes date,total_cases,total_deaths with \\n line ends', () => {
    expect(formatTotalsCsv([{ date: '2020-05-07', totalCases: 177160, totalDeaths: 1625 }])).toBe(
      'date,total_cases,total_deaths\n2020-05-07,177160,1625\n',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The real JHU lines against the team's reference file
// ---------------------------------------------------------------------------------------------

const shared = (path: string): string =>
  fileURLToPath(new URL(`../../../shared/data/${path}`, import.meta.url));
const SAMPLE_CONFIRMED = shared(
  'jhu-russia-sample/time_series_covid19_confirmed_global.russia-sample.csv',
);
const SAMPLE_DEATHS = shared(
  'jhu-russia-sample/time_series_covid19_deaths_global.russia-sample.csv',
);
const REFERENCE = shared('russia-national-daily-jhu.csv');
const haveShared = [SAMPLE_CONFIRMED, SAMPLE_DEATHS, REFERENCE].every((path) => existsSync(path));

describe.skipIf(!haveShared)('the shared JHU sample files', () => {
  it('give exactly the totals of russia-national-daily-jhu.csv on every date', () => {
    const result = importJhuRussia(
      { name: SAMPLE_CONFIRMED, text: readFileSync(SAMPLE_CONFIRMED, 'utf8') },
      { name: SAMPLE_DEATHS, text: readFileSync(SAMPLE_DEATHS, 'utf8') },
    );
    const [header, ...lines] = readFileSync(REFERENCE, 'utf8').trimEnd().split('\n');
    expect(header?.startsWith('date,new_cases,total_cases,new_deaths,total_deaths')).toBe(true);
    const expected = lines.map((line) => {
      const [date, , totalCases, , totalDeaths] = line.split(',');
      return { date, totalCases: Number(totalCases), totalDeaths: Number(totalDeaths) };
    });
    expect(expected).toHaveLength(1143);
    expect(rowsOf(result)).toEqual(expected);
    expect(result.ok && result.flags).toEqual([]);
    // The story's report: JHU column 5/7/20 is the report published on 2020-05-07.
    expect(rowsOf(result).find((row) => row.date === '2020-05-07')).toEqual({
      date: '2020-05-07',
      totalCases: 177160,
      totalDeaths: 1625,
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The CLI
// ---------------------------------------------------------------------------------------------

describe('scripts/import-jhu.ts', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-jhu-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const runCli = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/import-jhu.ts', ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
    });

  it('writes the CSV and a one-line summary, and exits 1 without writing on a bad file', () => {
    const confirmed = write(
      'c.csv',
      wide(DATES, 'Some Province,Russia,0,0,1,2,3', russia(165929, 177160, 187859)),
    );
    const deaths = write('d.csv', wide(DATES, russia(1537, 1625, 1723)).replaceAll('\n', '\r\n'));
    const out = join(dir, 'nested', 'out.csv');

    const ok = runCli('--confirmed', confirmed, '--deaths', deaths, '--out', out);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(
      `Wrote ${out}: 3 rows, 2020-05-05..2020-05-07, 0 flag(s) (decreasing totals)\n`,
    );
    expect(readFileSync(out, 'utf8')).toBe(
      'date,total_cases,total_deaths\n2020-05-05,165929,1537\n2020-05-06,177160,1625\n2020-05-07,187859,1723\n',
    );

    const bad = write('bad.csv', wide(DATES, russia(1537, 'abc', 1723)));
    const badOut = join(dir, 'bad-out.csv');
    const failed = runCli('--confirmed', confirmed, '--deaths', bad, '--out', badOut);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(
      `error: ${bad}, line 2, column 6 "5/6/20": "abc" is not a count`,
    );
    expect(existsSync(badOut)).toBe(false);
  }, 30_000);

  it('prints each decreasing total as a warning and still writes the file (in-process main)', () => {
    const confirmed = write('c.csv', wide(DATES, russia(10, 9, 12)));
    const deaths = write('d.csv', wide(DATES, russia(1, 2, 3)));
    const out = join(dir, 'out.csv');
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = main(['--confirmed', confirmed, '--deaths', deaths, '--out', out], {
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
    });
    expect(code).toBe(0);
    expect(stdout).toEqual([
      `Wrote ${out}: 3 rows, 2020-05-05..2020-05-07, 1 flag(s) (decreasing totals)`,
    ]);
    expect(stderr).toEqual([
      `warning: 2020-05-06 total_cases went down from 10 to 9 (${confirmed}, line 2, column 6 "5/6/20"); kept as published`,
    ]);
    expect(readFileSync(out, 'utf8')).toContain('\n2020-05-06,9,2\n');
  });

  it('exits 2 on a wrong command line and 1 on a missing file', () => {
    const silent = { stdout: () => {}, stderr: () => {} };
    expect(main(['--confirmed', 'x.csv'], silent)).toBe(2);
    expect(
      main(['--confirmed', 'x.csv', '--deaths', 'y.csv', '--out', 'z.csv', '--bogus'], silent),
    ).toBe(2);
    const missing = join(dir, 'missing.csv');
    const stderr: string[] = [];
    expect(
      main(['--confirmed', missing, '--deaths', missing, '--out', join(dir, 'o.csv')], {
        stdout: () => {},
        stderr: (line) => stderr.push(line),
      }),
    ).toBe(1);
    expect(stderr[0]).toMatch(/cannot read the file/);
    expect(existsSync(join(dir, 'o.csv'))).toBe(false);
  });
});
