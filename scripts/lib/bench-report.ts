/**
 * The browser benchmark's tables: the dashboard beside the baseline (medians, the ratio
 * dashboard / baseline, and whether each goal is met), the dashboard's own measures, and the
 * same as JSON for a closing note.
 */
import { writeFileSync } from 'node:fs';
import { type Spread, spread } from './bench-page';

export type Unit = 'KB' | 'ms' | 'MB';

/** What both pages are measured on, the same way. */
export interface ComparableSample {
  readonly firstPaint: number;
  readonly jsBeforePaintGzip: number;
  readonly jsTotalGzip: number;
  readonly lcp: number;
  readonly firstChart: number;
  readonly redrawRangeFull: number;
  readonly redrawRangeFullRepeated: number;
  readonly heapMB: number;
}

interface ComparedMeasure {
  readonly key: keyof ComparableSample;
  readonly label: string;
  readonly unit: Unit;
  /** The goal: dashboard / baseline at most this, at every CPU rate. None: shown for context. */
  readonly maxRatio?: number;
}

/** The goals of the issue first; then measures that help read them. */
const COMPARED: readonly ComparedMeasure[] = [
  {
    key: 'jsBeforePaintGzip',
    label: 'JS downloaded before first paint (gzip)',
    unit: 'KB',
    maxRatio: 0.45,
  },
  { key: 'lcp', label: 'Largest contentful paint', unit: 'ms', maxRatio: 0.3 },
  { key: 'firstChart', label: "First chart's data drawn", unit: 'ms', maxRatio: 0.25 },
  {
    key: 'redrawRangeFull',
    label: 'Redraw: range to the full series',
    unit: 'ms',
    maxRatio: 0.15,
  },
  { key: 'redrawRangeFullRepeated', label: '  the same, repeated (median of 5)', unit: 'ms' },
  { key: 'firstPaint', label: 'First paint', unit: 'ms' },
  { key: 'jsTotalGzip', label: 'JS loaded in all (gzip)', unit: 'KB' },
  { key: 'heapMB', label: 'JS heap after load', unit: 'MB' },
];

export interface ComparisonRow {
  readonly measure: keyof ComparableSample;
  readonly label: string;
  readonly unit: Unit;
  readonly cpuRate: number;
  /** In `unit`, as are all values of the report. */
  readonly dashboard: Spread;
  readonly baseline: Spread;
  /** Median of the dashboard / median of the baseline. */
  readonly ratio: number;
  readonly maxRatio: number | null;
  readonly met: boolean | null;
}

/** Samples of both pages at one CPU rate. */
export interface RateSamples<Dashboard extends ComparableSample> {
  readonly rate: number;
  readonly dashboard: readonly Dashboard[];
  readonly baseline: readonly ComparableSample[];
}

/** One row per compared measure and CPU rate, in the order of COMPARED, then of the rates. */
export function compare(results: readonly RateSamples<ComparableSample>[]): ComparisonRow[] {
  return COMPARED.flatMap((measure) =>
    results.map(({ rate, dashboard, baseline }) => {
      const ours = spreadIn(
        measure.unit,
        dashboard.map((sample) => sample[measure.key]),
      );
      const theirs = spreadIn(
        measure.unit,
        baseline.map((sample) => sample[measure.key]),
      );
      const ratio = ours.median / theirs.median;
      const maxRatio = measure.maxRatio ?? null;
      return {
        measure: measure.key,
        label: measure.label,
        unit: measure.unit,
        cpuRate: rate,
        dashboard: ours,
        baseline: theirs,
        ratio,
        maxRatio,
        // A ratio that could not be computed (NaN) is a miss, not a pass.
        met: maxRatio === null ? null : ratio <= maxRatio,
      };
    }),
  );
}

/** Median, min and max of measured values in `unit`: samples hold bytes where it is KB. */
export function spreadIn(unit: Unit, values: readonly number[]): Spread {
  return spread(unit === 'KB' ? values.map((bytes) => bytes / 1024) : values);
}

/** A value in its unit: KB and MB to a tenth, milliseconds whole. */
export function formatValue(value: number, unit: Unit): string {
  return unit === 'ms' ? value.toFixed(0) : value.toFixed(1);
}

/** "median unit (min-max)". */
export function formatSpread(value: Spread, unit: Unit): string {
  const [median, min, max] = [value.median, value.min, value.max].map((v) => formatValue(v, unit));
  return `${median} ${unit} (${min}-${max})`;
}

/** The side-by-side table, as lines of text. */
export function comparisonTable(rows: readonly ComparisonRow[]): string[] {
  const header = `${'measure'.padEnd(41)}${'CPU'.padEnd(5)}${'dashboard'.padEnd(25)}${'baseline'.padEnd(25)}${'ratio'.padEnd(7)}goal`;
  const lines = [header, '-'.repeat(header.length + 16)];
  let previousLabel = '';
  for (const row of rows) {
    const label = row.label === previousLabel ? '' : row.label;
    previousLabel = row.label;
    const goal =
      row.maxRatio === null ? '' : `<= ${row.maxRatio.toFixed(2)}: ${row.met ? 'met' : 'MISSED'}`;
    lines.push(
      `${label.padEnd(41)}${`x${row.cpuRate}`.padEnd(5)}${formatSpread(row.dashboard, row.unit).padEnd(25)}${formatSpread(row.baseline, row.unit).padEnd(25)}${row.ratio.toFixed(2).padEnd(7)}${goal}`,
    );
  }
  return lines;
}

/** How many goals (measure and rate) were met, of how many. */
export function goalsMet(rows: readonly ComparisonRow[]): { met: number; of: number } {
  const judged = rows.filter((row) => row.met !== null);
  return { met: judged.filter((row) => row.met).length, of: judged.length };
}

/** One of the dashboard's own measures at one rate, with its absolute goal if it has one. */
export interface DashboardRow {
  readonly measure: string;
  readonly label: string;
  readonly unit: Unit;
  readonly cpuRate: number;
  readonly value: Spread;
  readonly goal: number | null;
  readonly met: boolean | null;
}

export interface BenchReport {
  readonly date: string;
  readonly browser: string;
  readonly viewport: string;
  readonly runs: number;
  readonly dashboardBuild: string;
  readonly baselineBuild: string;
  readonly comparison: readonly ComparisonRow[];
  readonly dashboard: readonly DashboardRow[];
}

/**
 * Writes the report as JSON, numbers to three decimals (finer than any of them can be trusted);
 * NaN (a measure that failed) becomes null there.
 */
export function writeReport(file: string, report: BenchReport): void {
  const rounded = (_key: string, value: unknown) =>
    typeof value === 'number' ? Math.round(value * 1000) / 1000 : value;
  writeFileSync(file, `${JSON.stringify(report, rounded, 2)}\n`);
}
