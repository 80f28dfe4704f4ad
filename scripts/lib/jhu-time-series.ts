/**
 * Reads Russia's national series out of the JHU CSSE global time series files
 * (`time_series_covid19_confirmed_global.csv`, `time_series_covid19_deaths_global.csv`).
 *
 * Those files are "wide": one row per country or province, one column per day, headed
 * `Province/State,Country/Region,Lat,Long,1/22/20,1/23/20,...` with cumulative totals in the cells.
 * This module turns the Russia row of each file into `date,total_cases,total_deaths` rows.
 *
 * Date convention: a JHU column dated D holds the Russian report published on the morning of D
 * (Moscow time), so column `5/7/20` becomes 2020-05-07 with no shift. That is the project's
 * convention too (see ../shared/data/README.md, "Date convention"): `date` is the report date.
 *
 * Why so strict: the output feeds a public dashboard, so anything unexpected (no Russia row, two of
 * them, a bad date header, a non-count cell, files whose columns differ) is reported with the file,
 * line and column, and nothing is guessed or repaired. A cumulative total that goes down is real
 * data (JHU published corrections), so it is kept as published and only flagged.
 *
 * Pure functions only: no file system, no process. The CLI is scripts/import-jhu.ts.
 */

/** A column of the input: 1-based position and the header text, as a person would look it up. */
export interface ColumnRef {
  readonly index: number;
  readonly header: string;
}

/** Something wrong with an input file. `line` is 1-based (header = line 1); null = whole file. */
export interface Problem {
  readonly file: string;
  readonly line: number | null;
  readonly column: ColumnRef | null;
  readonly message: string;
}

export type TotalField = 'total_cases' | 'total_deaths';

/** A day on which a cumulative total is lower than on the day before: kept, but reported. */
export interface DecreaseFlag {
  /** ISO report date, YYYY-MM-DD. */
  readonly date: string;
  readonly field: TotalField;
  readonly previous: number;
  readonly value: number;
  readonly file: string;
  readonly line: number;
  readonly column: ColumnRef;
}

export interface DailyTotals {
  /** ISO report date, YYYY-MM-DD. */
  readonly date: string;
  readonly totalCases: number;
  readonly totalDeaths: number;
}

/** The text of one input file and the name to use for it in messages (usually its path). */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

export type ImportResult =
  | { readonly ok: true; readonly rows: DailyTotals[]; readonly flags: DecreaseFlag[] }
  | { readonly ok: false; readonly problems: Problem[] };

/** One date column of a JHU file. */
export interface DateColumn {
  readonly date: string;
  readonly column: ColumnRef;
}

/** One country's row of one JHU file. */
export interface CountrySeries {
  readonly file: string;
  readonly line: number;
  readonly columns: DateColumn[];
  readonly values: number[];
}

export type SeriesResult =
  | { readonly ok: true; readonly series: CountrySeries }
  | { readonly ok: false; readonly problems: Problem[] };

export const RUSSIA = 'Russia';
export const OUTPUT_HEADER = 'date,total_cases,total_deaths';

const PROVINCE = 'Province/State';
const COUNTRY = 'Country/Region';
/** Columns that identify a row; every column after them must be a date. */
const IDENTIFYING_COLUMNS: readonly string[] = [PROVINCE, COUNTRY, 'Lat', 'Long'];

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)
// ---------------------------------------------------------------------------------------------

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted cell may span lines). */
  readonly line: number;
  readonly cells: string[];
}

export interface CsvError {
  readonly line: number;
  /** 1-based position of the offending cell in its record. */
  readonly cell: number;
  readonly message: string;
}

export type CsvResult =
  | { readonly ok: true; readonly records: CsvRecord[] }
  | { readonly ok: false; readonly error: CsvError; readonly recordsBefore: CsvRecord[] };

/**
 * Splits CSV text into records: quoted cells (with commas, doubled quotes and line breaks), CRLF
 * or LF line ends, with or without a final line end, and a leading UTF-8 byte order mark.
 * A stray quote is an error rather than a literal character, because it usually means a
 * broken quoted cell that would shift every later column.
 */
export function parseCsv(text: string): CsvResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let at = 0;
  let line = 1;
  while (at < source.length) {
    const cells: string[] = [];
    const recordLine = line;
    for (;;) {
      const cell = readCell(source, at, line);
      if (!cell.ok) {
        const error = { line: cell.line, cell: cells.length + 1, message: cell.message };
        return { ok: false, error, recordsBefore: records };
      }
      cells.push(cell.value);
      at = cell.end;
      line = cell.line;
      if (source[at] === ',') {
        at += 1;
        continue;
      }
      // End of the record: a line end, or the end of a text without a final line end.
      if (at < source.length) {
        at += source[at] === '\n' ? 1 : 2;
        line += 1;
      }
      break;
    }
    records.push({ line: recordLine, cells });
  }
  return { ok: true, records };
}

type CellRead =
  | { readonly ok: true; readonly value: string; readonly end: number; readonly line: number }
  | { readonly ok: false; readonly line: number; readonly message: string };

/** Reads one cell starting at `start`; `end` is the index of the separator or line end after it. */
function readCell(source: string, start: number, line: number): CellRead {
  if (source[start] !== '"') {
    let end = start;
    while (end < source.length && !isCellEnd(source, end)) {
      if (source[end] === '"')
        return { ok: false, line, message: 'a quote inside an unquoted cell' };
      end += 1;
    }
    return { ok: true, value: source.slice(start, end), end, line };
  }
  let value = '';
  let lineNow = line;
  let at = start + 1;
  for (;;) {
    if (at >= source.length) {
      return { ok: false, line, message: 'a quoted cell is never closed' };
    }
    const char = source[at];
    if (char === '"' && source[at + 1] === '"') {
      value += '"';
      at += 2;
    } else if (char === '"') {
      at += 1;
      break;
    } else {
      if (char === '\n') lineNow += 1;
      value += char;
      at += 1;
    }
  }
  if (at < source.length && !isCellEnd(source, at)) {
    return { ok: false, line: lineNow, message: 'text after the closing quote of a quoted cell' };
  }
  return { ok: true, value, end: at, line: lineNow };
}

/** A comma, LF or CRLF ends a cell. A lone CR does not: RFC 4180 has no such line end. */
function isCellEnd(source: string, at: number): boolean {
  const char = source[at];
  return char === ',' || char === '\n' || (char === '\r' && source[at + 1] === '\n');
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

// JHU writes month and day without leading zeros and a two-digit year (`1/22/20`).
const JHU_DATE = /^([1-9]|1[0-2])\/([1-9]|[12]\d|3[01])\/(\d\d)$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `M/D/YY` (years 20YY) to `YYYY-MM-DD`; null when the text is not such a date or no such day exists. */
export function jhuDateToIso(text: string): string | null {
  const match = JHU_DATE.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const year = 2000 + Number(match[3]);
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

// ---------------------------------------------------------------------------------------------
// The header
// ---------------------------------------------------------------------------------------------

interface Header {
  readonly cells: string[];
  readonly provinceIndex: number;
  readonly countryIndex: number;
  readonly dateColumns: DateColumn[];
}

type HeaderResult =
  | { readonly ok: true; readonly header: Header }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * Finds the identifying columns and reads every column after them as a date. Dates must increase
 * strictly from column to column: a repeated or earlier date means the file was edited or
 * assembled wrongly, and a day's row would then be ambiguous.
 */
function readHeader(file: string, cells: string[]): HeaderResult {
  const problems: Problem[] = [];
  const problem = (column: ColumnRef | null, message: string): void => {
    problems.push({ file, line: 1, column, message });
  };

  for (const name of [PROVINCE, COUNTRY]) {
    const count = cells.filter((cell) => cell === name).length;
    if (count === 0) problem(null, `the header has no "${name}" column`);
    if (count > 1) problem(null, `the header has ${count} "${name}" columns`);
  }

  let firstDate = 0;
  while (firstDate < cells.length && IDENTIFYING_COLUMNS.includes(cells[firstDate] ?? '')) {
    firstDate += 1;
  }
  if (firstDate === cells.length) problem(null, 'the header has no date columns');

  const dateColumns: DateColumn[] = [];
  for (let index = firstDate; index < cells.length; index += 1) {
    const column = { index: index + 1, header: cells[index] ?? '' };
    const date = jhuDateToIso(column.header);
    if (date === null) {
      problem(column, 'not a date column: expected M/D/YY (e.g. 5/7/20), a real calendar day');
      continue;
    }
    const before = dateColumns[dateColumns.length - 1];
    if (before && date <= before.date) {
      const how = date === before.date ? 'repeats' : 'comes before';
      problem(
        column,
        `date ${date} ${how} column ${before.column.index} "${before.column.header}" (${before.date}); dates must increase`,
      );
      continue;
    }
    dateColumns.push({ date, column });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    header: {
      cells,
      provinceIndex: cells.indexOf(PROVINCE),
      countryIndex: cells.indexOf(COUNTRY),
      dateColumns,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The country row
// ---------------------------------------------------------------------------------------------

/**
 * Checks that every data row has as many cells as the header. All rows, not only the country's:
 * a ragged row (for instance a broken quoted name) may have its country in the wrong column, so
 * we could not otherwise be sure it is not the row we want.
 */
function raggedRowProblems(file: string, header: Header, rows: CsvRecord[]): Problem[] {
  return rows
    .filter((row) => row.cells.length !== header.cells.length)
    .map((row) => ({
      file,
      line: row.line,
      column: null,
      message: `${row.cells.length} cells, but the header has ${header.cells.length}`,
    }));
}

/** The country's own row: Country/Region exactly `country` and an empty Province/State. */
function findCountryRow(
  file: string,
  header: Header,
  rows: CsvRecord[],
  country: string,
): { ok: true; row: CsvRecord } | { ok: false; problems: Problem[] } {
  const countryOf = (row: CsvRecord): string => row.cells[header.countryIndex] ?? '';
  const provinceOf = (row: CsvRecord): string => row.cells[header.provinceIndex] ?? '';
  const matches = rows.filter((row) => countryOf(row) === country && provinceOf(row) === '');

  const [only, ...others] = matches;
  if (only && others.length === 0) return { ok: true, row: only };

  if (only) {
    const lines = matches.map((row) => row.line).join(', ');
    return {
      ok: false,
      problems: [
        {
          file,
          line: null,
          column: null,
          message: `${matches.length} rows for "${country}" with an empty ${PROVINCE} (lines ${lines}); expected exactly one`,
        },
      ],
    };
  }
  return {
    ok: false,
    problems: [
      {
        file,
        line: null,
        column: null,
        message: `no row for "${country}" with an empty ${PROVINCE}${nearMissHint(rows, countryOf, provinceOf, country)}`,
      },
    ],
  };
}

/** Says which rows came close (province rows, different spacing or case) to make a fix easy. */
function nearMissHint(
  rows: CsvRecord[],
  countryOf: (row: CsvRecord) => string,
  provinceOf: (row: CsvRecord) => string,
  country: string,
): string {
  const near = rows.filter((row) => countryOf(row).trim().toLowerCase() === country.toLowerCase());
  if (near.length === 0) return '';
  const described = near
    .slice(0, 5)
    .map(
      (row) =>
        `line ${row.line} (${JSON.stringify(provinceOf(row))}, ${JSON.stringify(countryOf(row))})`,
    )
    .join('; ');
  return `; rows not taken: ${described}${near.length > 5 ? '; ...' : ''}`;
}

/** A cumulative count: digits only. Empty, negative, decimal or exponent forms are refused. */
function parseCount(cell: string): number | null {
  if (!/^\d+$/.test(cell)) return null;
  const value = Number(cell);
  return Number.isSafeInteger(value) ? value : null;
}

function readCounts(
  file: string,
  header: Header,
  row: CsvRecord,
): { ok: true; values: number[] } | { ok: false; problems: Problem[] } {
  const values: number[] = [];
  const problems: Problem[] = [];
  for (const { column } of header.dateColumns) {
    const cell = row.cells[column.index - 1] ?? '';
    const value = parseCount(cell);
    if (value === null) {
      problems.push({
        file,
        line: row.line,
        column,
        message: `${JSON.stringify(cell)} is not a count (a whole number, 0 or more)`,
      });
    } else {
      values.push(value);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}

/** Reads one country's row of one JHU global time series file. */
export function readCountrySeries(source: SourceFile, country: string = RUSSIA): SeriesResult {
  const file = source.name;
  const csv = parseCsv(source.text);
  if (!csv.ok) return { ok: false, problems: [csvProblem(file, csv)] };

  const [headerRecord, ...rows] = csv.records;
  if (!headerRecord) {
    return {
      ok: false,
      problems: [{ file, line: null, column: null, message: 'the file is empty' }],
    };
  }
  const header = readHeader(file, headerRecord.cells);
  if (!header.ok) return header;

  const ragged = raggedRowProblems(file, header.header, rows);
  if (ragged.length > 0) return { ok: false, problems: ragged };

  const found = findCountryRow(file, header.header, rows, country);
  if (!found.ok) return found;

  const counts = readCounts(file, header.header, found.row);
  if (!counts.ok) return counts;

  return {
    ok: true,
    series: {
      file,
      line: found.row.line,
      columns: header.header.dateColumns,
      values: counts.values,
    },
  };
}

/** A CSV syntax error as a Problem, naming the column when the header was read before it. */
function csvProblem(file: string, csv: Extract<CsvResult, { ok: false }>): Problem {
  const { error, recordsBefore } = csv;
  const header = error.line > 1 ? recordsBefore[0]?.cells[error.cell - 1] : undefined;
  return {
    file,
    line: error.line,
    column: header === undefined ? null : { index: error.cell, header },
    message: `CSV syntax: ${error.message}${header === undefined ? ` (cell ${error.cell})` : ''}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Both files together
// ---------------------------------------------------------------------------------------------

/** The two files must cover the same days in the same columns, or a row would mix two reports. */
function columnMismatchProblems(confirmed: CountrySeries, deaths: CountrySeries): Problem[] {
  const length = Math.max(confirmed.columns.length, deaths.columns.length);
  for (let i = 0; i < length; i += 1) {
    const a = confirmed.columns[i];
    const b = deaths.columns[i];
    if (a && b && a.column.index === b.column.index && a.date === b.date) continue;
    const where = b ?? a;
    const file = b ? deaths.file : confirmed.file;
    const describe = (series: CountrySeries, col: DateColumn | undefined): string =>
      col
        ? `${series.file} has "${col.column.header}" in column ${col.column.index}`
        : `${series.file} has no more date columns (it ends at ${series.columns.length})`;
    return [
      {
        file,
        line: 1,
        column: where ? where.column : null,
        message: `the two files have different date columns: ${describe(confirmed, a)}, ${describe(deaths, b)}`,
      },
    ];
  }
  return [];
}

/** Every day on which the total is below the day before, in column order. */
export function findDecreases(series: CountrySeries, field: TotalField): DecreaseFlag[] {
  const flags: DecreaseFlag[] = [];
  series.values.forEach((value, i) => {
    const previous = series.values[i - 1];
    const column = series.columns[i];
    if (previous !== undefined && column && value < previous) {
      flags.push({
        date: column.date,
        field,
        previous,
        value,
        file: series.file,
        line: series.line,
        column: column.column,
      });
    }
  });
  return flags;
}

/**
 * Reads Russia's cumulative cases and deaths from the two JHU global time series files.
 * Problems from both files are collected so that one run shows everything to fix.
 */
export function importJhuRussia(confirmed: SourceFile, deaths: SourceFile): ImportResult {
  const cases = readCountrySeries(confirmed, RUSSIA);
  const dead = readCountrySeries(deaths, RUSSIA);
  if (!cases.ok || !dead.ok) {
    return {
      ok: false,
      problems: [...(cases.ok ? [] : cases.problems), ...(dead.ok ? [] : dead.problems)],
    };
  }
  const mismatch = columnMismatchProblems(cases.series, dead.series);
  if (mismatch.length > 0) return { ok: false, problems: mismatch };

  const rows = cases.series.columns.map(({ date }, i) => ({
    date,
    totalCases: cases.series.values[i] ?? 0,
    totalDeaths: dead.series.values[i] ?? 0,
  }));
  // Cases first, then deaths, each in date order: the order a reader checks them in.
  const flags = [
    ...findDecreases(cases.series, 'total_cases'),
    ...findDecreases(dead.series, 'total_deaths'),
  ];
  return { ok: true, rows, flags };
}

/**
 * The same as `importJhuRussia`, also accepting bare texts (then named "confirmed" and "deaths" in
 * messages). Problems are objects: print them with `describeProblem`.
 */
export function readJhuTimeSeries(
  confirmed: SourceFile | string,
  deaths: SourceFile | string,
): ImportResult {
  const named = (source: SourceFile | string, name: string): SourceFile =>
    typeof source === 'string' ? { name, text: source } : source;
  return importJhuRussia(named(confirmed, 'confirmed'), named(deaths, 'deaths'));
}

// ---------------------------------------------------------------------------------------------
// Output and messages
// ---------------------------------------------------------------------------------------------

/** The output CSV: `date,total_cases,total_deaths`, `\n` line ends, a final line end. */
export function formatTotalsCsv(rows: readonly DailyTotals[]): string {
  const lines = rows.map((row) => `${row.date},${row.totalCases},${row.totalDeaths}`);
  return `${[OUTPUT_HEADER, ...lines].join('\n')}\n`;
}

function describeColumn(column: ColumnRef): string {
  return `column ${column.index} "${column.header}"`;
}

/** e.g. `deaths.csv, line 5, column 120 "5/20/20": "abc" is not a count (...)`. */
export function describeProblem(problem: Problem): string {
  const place = [
    problem.file,
    ...(problem.line === null ? [] : [`line ${problem.line}`]),
    ...(problem.column === null ? [] : [describeColumn(problem.column)]),
  ];
  return `${place.join(', ')}: ${problem.message}`;
}

/** e.g. `2020-10-18 total_deaths went down from 25242 to 25235 (deaths.csv, line 5, column ...)`. */
export function describeFlag(flag: DecreaseFlag): string {
  return `${flag.date} ${flag.field} went down from ${flag.previous} to ${flag.value} (${flag.file}, line ${flag.line}, ${describeColumn(flag.column)}); kept as published`;
}
