/**
 * How long it takes to turn report files into the dataset, on this machine.
 *
 * Usage: npm run bench
 *
 * Inputs: the shipped national file (1,100 report dates), and all 86 shipped places (Russia and
 * its 85 regions: 89,279 reports, the workload the synthetic 57,000-report series stood in for
 * before; a single file that long is no longer valid, since report dates must fall between
 * 2019-12-01 and the day the file was made).
 * For each it times parsing and validating the text, building the dataset from the reports, and the
 * two together, and prints the median, min and max over many runs after a warm-up.
 */
import { performance } from 'node:perf_hooks';
import { buildDataset } from '../src/data/dataset';
import { seriesPath } from '../src/data/paths';
import { REGION_CODES } from '../src/data/regions';
import { type DailyReport, parseReportFile } from '../src/data/report-file';
import { OFFICIAL_RUSSIA, RUSSIA } from '../src/data/series';
import { readShipped } from './lib/shipped-files';

/** Present when node runs with --expose-gc, as `npm run bench` does. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function time(run: () => void, minRuns: number, minMs: number): Timing {
  for (let i = 0; i < Math.max(5, minRuns / 10); i++) run(); // warm up the JIT
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minMs) {
    // Start each sample on a clean heap, so that one run does not pay for the garbage of the last.
    collectGarbage?.();
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)] ?? Number.NaN,
    min: samples[0] ?? Number.NaN,
    max: samples[samples.length - 1] ?? Number.NaN,
    runs: samples.length,
  };
}

function reportsOf(text: string): readonly DailyReport[] {
  const parsed = parseReportFile(text);
  if (!parsed.ok) throw new Error('benchmark input does not validate');
  return parsed.reports;
}

const inputs = [
  { name: 'shipped, 1,100 reports', text: readShipped(seriesPath(OFFICIAL_RUSSIA)), goalMs: 1 },
];

/** Every place's shipped file: Russia and the 85 regions (official reports). */
const placeTexts = [RUSSIA, ...REGION_CODES].map((place) =>
  readShipped(seriesPath({ place, source: 'official' })),
);

const ms = (value: number) => value.toFixed(3).padStart(9);
console.log(
  `Node ${process.version}${collectGarbage ? ', heap collected before each run' : ''}; times in ms over N runs\n`,
);
console.log(
  `${'input'.padEnd(28)}${'step'.padEnd(20)}${'median'.padStart(9)}${'min'.padStart(10)}${'max'.padStart(10)}${'runs'.padStart(7)}   goal`,
);
for (const input of inputs) {
  const reports = reportsOf(input.text);
  const steps = [
    { step: 'parse + validate', run: () => void parseReportFile(input.text) },
    { step: 'build dataset', run: () => void buildDataset(reports) },
    { step: 'both (file -> data)', run: () => void buildDataset(reportsOf(input.text)) },
  ];
  for (const { step, run } of steps) {
    const t = time(run, 50, 1_500);
    const goal =
      step === 'build dataset'
        ? `<= ${input.goalMs} ms: ${t.median <= input.goalMs ? 'met' : 'MISSED'}`
        : '';
    console.log(
      `${input.name.padEnd(28)}${step.padEnd(20)}${ms(t.median)} ${ms(t.min)} ${ms(t.max)}${String(t.runs).padStart(7)}   ${goal}`,
    );
  }
}

// All 86 places, as the data script and the tests build them: parse, validate and build each.
const allPlaces = time(
  () => {
    for (const text of placeTexts) buildDataset(reportsOf(text));
  },
  10,
  3_000,
);
console.log(
  `${'all 86 places (shipped)'.padEnd(28)}${'both (file -> data)'.padEnd(20)}${ms(allPlaces.median)} ${ms(allPlaces.min)} ${ms(allPlaces.max)}${String(allPlaces.runs).padStart(7)}`,
);
