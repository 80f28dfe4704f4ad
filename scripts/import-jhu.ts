/**
 * Imports Russia's cumulative cases and deaths from the JHU CSSE global time series files into a
 * small CSV of our own: `date,total_cases,total_deaths`, one row per JHU date column.
 *
 * Usage:
 *   tsx scripts/import-jhu.ts --confirmed time_series_covid19_confirmed_global.csv \
 *     --deaths time_series_covid19_deaths_global.csv --out russia-jhu-totals.csv
 *
 * Dates are report dates: JHU's column `5/7/20` holds the Russian report published on 2020-05-07
 * and is written as 2020-05-07 (no shift; see ../shared/data/README.md, "Date convention").
 *
 * Exit codes: 0 written (decreasing totals are warnings on stderr, kept as published);
 * 1 the input has problems (listed on stderr, nothing written); 2 wrong command line.
 * The reading itself is in scripts/lib/jhu-time-series.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  describeFlag,
  describeProblem,
  formatTotalsCsv,
  importJhuRussia,
  type SourceFile,
} from './lib/jhu-time-series';

const USAGE =
  'Usage: tsx scripts/import-jhu.ts --confirmed <confirmed.csv> --deaths <deaths.csv> --out <file.csv>';

/** Where the CLI writes its messages; tests pass their own to capture them. */
export interface Output {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

const consoleOutput: Output = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

interface Paths {
  readonly confirmed: string;
  readonly deaths: string;
  readonly out: string;
}

function parseCommandLine(argv: readonly string[]): Paths | string {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        confirmed: { type: 'string' },
        deaths: { type: 'string' },
        out: { type: 'string' },
      },
    });
    const { confirmed, deaths, out } = values;
    if (!confirmed || !deaths || !out) return 'missing --confirmed, --deaths or --out';
    return { confirmed, deaths, out };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a file, or returns the reason it cannot be read (so it is reported like bad data). */
function readSource(path: string): SourceFile | string {
  try {
    return { name: path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `${path}: cannot read the file: ${reason}`;
  }
}

/** Runs the importer; returns the process exit code. Never calls process.exit, so tests can call it. */
export function main(argv: readonly string[], output: Output = consoleOutput): number {
  const paths = parseCommandLine(argv);
  if (typeof paths === 'string') {
    output.stderr(`import-jhu: ${paths}`);
    output.stderr(USAGE);
    return 2;
  }

  const confirmed = readSource(paths.confirmed);
  const deaths = readSource(paths.deaths);
  if (typeof confirmed === 'string' || typeof deaths === 'string') {
    for (const source of [confirmed, deaths]) {
      if (typeof source === 'string') output.stderr(`error: ${source}`);
    }
    return 1;
  }

  const result = importJhuRussia(confirmed, deaths);
  if (!result.ok) {
    for (const problem of result.problems) output.stderr(`error: ${describeProblem(problem)}`);
    output.stderr(`import-jhu: ${result.problems.length} problem(s); ${paths.out} not written`);
    return 1;
  }

  mkdirSync(dirname(paths.out), { recursive: true });
  writeFileSync(paths.out, formatTotalsCsv(result.rows));
  const first = result.rows[0]?.date ?? '-';
  const last = result.rows[result.rows.length - 1]?.date ?? '-';
  output.stdout(
    `Wrote ${paths.out}: ${result.rows.length} rows, ${first}..${last}, ${result.flags.length} flag(s) (decreasing totals)`,
  );
  for (const flag of result.flags) output.stderr(`warning: ${describeFlag(flag)}`);
  return 0;
}

// Run only as a script, not when a test imports this module.
const invokedAs = process.argv[1];
if (invokedAs !== undefined && import.meta.url === pathToFileURL(invokedAs).href) {
  process.exitCode = main(process.argv.slice(2));
}
