/**
 * Measures the dashboard's production build beside a baseline page of the same stack, in headless
 * Chromium, at CPU x1 and x4 (CDP throttling), and prints medians, min and max over several runs,
 * the ratio dashboard / baseline and whether each goal is met; then the dashboard's own measures.
 *
 * Usage: npm run bench:browser [-- --runs 7] [--json report.json] [--dist dist]
 *        [--baseline ../shared/bench/naive-recharts]
 *
 * Why a baseline: absolute times differ between machines and between runs by a factor of two or
 * more, so speed goals are ratios to a page measured in the same run and browser
 * (shared/bench/README.md). The baseline is built once in a temporary copy and cached
 * (lib/bench-baseline.ts). Both builds are served by the same server on two ports, and each run
 * loads the dashboard, then the baseline, then the dashboard again, and so on, so that a slow
 * spell of the machine falls on both.
 *
 * Each run is a first visit: a new browser context (empty cache) in a browser that is already
 * running, so that starting Chromium itself is not counted against the page.
 *
 * What each figure means:
 * - JS at start: the entry chunk and its static imports (from Vite's manifest), which run before
 *   the key figures and the story can show; the charting code is loaded after, on its own.
 *   The page's first paint needs no JavaScript at all: it is prerendered HTML.
 * - JS downloaded before first paint: the scripts whose download had ended when the first paint
 *   happened (on loopback this includes code the paint did not wait for); JS total: every script.
 * - LCP: largest contentful paint. Key figures: the cards hold numbers and that frame has been
 *   painted (the next frame has begun). First chart: likewise for a chart's data path.
 * - Redraws: from the input event to the painting of the frame that shows the new state (the
 *   start of the frame after it), for the whole page: all charts and cards (for a range, the
 *   dates' label and the first chart's summary are checked).
 * - JS heap: used heap after load, after a garbage collection.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { bundleSizes } from './bundle-manifest';
import {
  type BaselineSample,
  baselineBuild,
  DEFAULT_BASELINE_SOURCE,
  measureBaseline,
} from './lib/bench-baseline';
import { heapAfterGc, openMeasuredPage, readLoad, spread, timeRedraw } from './lib/bench-page';
import {
  type BenchReport,
  type ComparableSample,
  compare,
  comparisonTable,
  type DashboardRow,
  formatSpread,
  goalsMet,
  type RateSamples,
  spreadIn,
  type Unit,
  writeReport,
} from './lib/bench-report';
import { serveBuild } from './lib/bench-serve';
import { launchBrowser, TAKEN_OVER } from './lib/browser';

const RATES = [1, 4] as const;

interface Options {
  readonly runs: number;
  readonly dist: string;
  readonly baseline: string;
  readonly json: string | null;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      dist: { type: 'string', default: 'dist' },
      baseline: { type: 'string', default: DEFAULT_BASELINE_SOURCE },
      json: { type: 'string' },
    },
  });
  return {
    runs: Math.max(1, Number(values.runs) || 5),
    dist: resolve(values.dist),
    baseline: resolve(values.baseline),
    json: values.json ?? null,
  };
}

/** One first visit of the dashboard at one CPU rate. */
interface Sample extends ComparableSample {
  jsBeforePaintRaw: number;
  jsTotalRaw: number;
  keyFigures: number;
  redrawScale: number;
  redrawRangeShort: number;
  redrawFocus: number;
  switchRegion: number;
  switchRegionBack: number;
  mapDate: number;
  mapMetric: number;
}

/** What the dashboard's first paint of data is: the key figures' numbers and a chart's path. */
const DASHBOARD_MARKS = [
  { name: 'keyFigures', selector: '[data-testid=stat-value]' },
  { name: 'firstChart', selector: '.series-line path, .daily-bars path' },
];

const clickPreset = (id: string) => `document.querySelector('[data-preset="${id}"]').click()`;
/**
 * The range shown starts on `text`: the dates' label says so, and the first chart (its summary
 * names its dates), drawn in the same commit as the rest of the page.
 */
const rangeShows = (text: string) =>
  `document.querySelector('.date-filter__current').textContent.startsWith(${JSON.stringify(text)}) && document.querySelector('[data-chart-panel=daily-cases] .chart-panel__summary').textContent.includes(${JSON.stringify(`, ${text} to`)})`;
const goTo = (search: string) =>
  `history.pushState(null, '', ${JSON.stringify(search)}); dispatchEvent(new PopStateEvent('popstate'))`;

/** The scale switch, then the range to 90 days and back to all of it, cold and repeated. */
async function timeChartRedraws(page: Page) {
  const redrawScale = await timeRedraw(
    page,
    `[...document.querySelectorAll('[data-chart-panel=total-cases] button')].find((b) => b.textContent === 'Log').click()`,
    `document.querySelector('[data-chart-panel=total-cases]').textContent.includes('(log scale)')`,
  );
  const redrawRangeShort = await timeRedraw(page, clickPreset('last-90'), rangeShows('6 Nov 2022'));
  const redrawRangeFull = await timeRedraw(page, clickPreset('all'), rangeShows('31 Jan 2020'));
  // The same change again, five times: the first one above runs code the page has not run
  // before (cold); these show the cost once it has.
  const repeats: number[] = [];
  for (let i = 0; i < 5; i++) {
    await timeRedraw(page, clickPreset('last-90'), rangeShows('6 Nov 2022'));
    repeats.push(await timeRedraw(page, clickPreset('all'), rangeShows('31 Jan 2020')));
  }
  return {
    redrawScale,
    redrawRangeShort,
    redrawRangeFull,
    redrawRangeFullRepeated: spread(repeats).median,
  };
}

/** Another place (its file fetched on loopback, the whole page redrawn), back, then a focus. */
async function timePlaceAndFocus(page: Page) {
  const placeShown = (name: string, newCases: string) =>
    `document.querySelector('[data-testid=place-name]')?.textContent === ${JSON.stringify(name)} && document.querySelector('[data-testid=stat-value]')?.textContent === ${JSON.stringify(newCases)}`;
  const switchRegion = await timeRedraw(
    page,
    goTo('?region=RU-MOW'),
    placeShown('Moscow', '2,800'),
  );
  const switchRegionBack = await timeRedraw(page, goTo('/'), placeShown('Russia', '9,670'));
  // Focus is measured last, from the whole range, as a reader would click the story.
  const redrawFocus = await timeRedraw(
    page,
    `[...document.querySelectorAll('.claim-mark')].find((mark) => mark.textContent.startsWith('11,231')).click()`,
    `document.querySelectorAll('.focus-dot').length === 3 && document.querySelector('[data-testid=stat-value]').textContent === '11,231'`,
  );
  return { switchRegion, switchRegionBack, redrawFocus };
}

/**
 * The map, once on screen: a new date (what a frame of play draws, here with the rest of the page
 * following the focused date) and cases to deaths (the map alone).
 */
async function timeMap(page: Page) {
  await page.evaluate(`document.querySelector('#map-heading').scrollIntoView()`);
  await page.waitForFunction(`document.querySelector('figure[data-map-date]') !== null`);
  // A date of the same year first, so that the measure below draws and does not download.
  await page.evaluate(goTo('?focus=2021-11-06'));
  await page.waitForFunction(
    `document.querySelector('figure[data-map-date]')?.dataset.mapDate === '2021-11-06'`,
  );
  const mapDate = await timeRedraw(
    page,
    goTo('?focus=2021-10-30'),
    `document.querySelector('figure[data-map-date]')?.dataset.mapDate === '2021-10-30'`,
  );
  const mapMetric = await timeRedraw(
    page,
    `[...document.querySelectorAll('figure[data-map-date] button')].find((b) => b.textContent === 'Deaths').click()`,
    `document.querySelector('figure[data-map-date] h3')?.textContent.startsWith('Deaths')`,
  );
  return { mapDate, mapMetric };
}

/** One first visit of the dashboard at CPU x`rate`: its load, then every redraw in turn. */
async function measureDashboard(
  browser: Browser,
  url: string,
  dist: string,
  rate: number,
): Promise<Sample> {
  const { context, page, cdp } = await openMeasuredPage(browser, url, rate, DASHBOARD_MARKS);
  try {
    const load = await readLoad(page, dist);
    // The marks can be met by the prerendered HTML alone; the redraws below need the page's code
    // to have taken it over.
    await page.waitForFunction(TAKEN_OVER);
    const heapMB = await heapAfterGc(cdp);
    return {
      firstPaint: load.firstPaint,
      jsBeforePaintRaw: load.jsBeforePaintRaw,
      jsBeforePaintGzip: load.jsBeforePaintGzip,
      jsTotalRaw: load.jsTotalRaw,
      jsTotalGzip: load.jsTotalGzip,
      lcp: load.lcp,
      keyFigures: load.marks.keyFigures ?? Number.NaN,
      firstChart: load.marks.firstChart ?? Number.NaN,
      heapMB,
      ...(await timeChartRedraws(page)),
      ...(await timePlaceAndFocus(page)),
      ...(await timeMap(page)),
    };
  } finally {
    await context.close();
  }
}

/** The dashboard's own measures, with the absolute goals it had before the baseline came. */
const DASHBOARD_ROWS: {
  key: keyof Sample;
  label: string;
  unit: Unit;
  goal?: Record<number, number>;
}[] = [
  { key: 'firstPaint', label: 'First paint', unit: 'ms' },
  {
    key: 'jsBeforePaintGzip',
    label: 'JS downloaded by first paint',
    unit: 'KB',
    goal: { 1: 110, 4: 110 },
  },
  { key: 'jsTotalGzip', label: 'JS loaded in all, gzip', unit: 'KB' },
  { key: 'lcp', label: 'Largest contentful paint', unit: 'ms', goal: { 4: 800 } },
  { key: 'keyFigures', label: 'Key figures show numbers', unit: 'ms' },
  { key: 'firstChart', label: 'First chart drawn', unit: 'ms', goal: { 1: 400, 4: 1200 } },
  {
    key: 'redrawRangeFull',
    label: 'Redraw: range to all 1,100 days (first)',
    unit: 'ms',
    goal: { 1: 50, 4: 200 },
  },
  {
    key: 'redrawRangeFullRepeated',
    label: '  the same, repeated (median of 5)',
    unit: 'ms',
    goal: { 1: 50, 4: 200 },
  },
  {
    key: 'redrawRangeShort',
    label: 'Redraw: range to last 90 days',
    unit: 'ms',
    goal: { 1: 50, 4: 200 },
  },
  { key: 'redrawScale', label: 'Redraw: scale switch', unit: 'ms', goal: { 1: 50, 4: 200 } },
  {
    key: 'redrawFocus',
    label: 'Redraw: focus a date (story)',
    unit: 'ms',
    goal: { 1: 50, 4: 200 },
  },
  {
    key: 'switchRegion',
    label: 'Switch to a region (fetch + redraw)',
    unit: 'ms',
    goal: { 1: 50, 4: 200 },
  },
  {
    key: 'switchRegionBack',
    label: 'Back to Russia (cached)',
    unit: 'ms',
    goal: { 1: 50, 4: 200 },
  },
  {
    key: 'mapDate',
    label: 'Map: a new date (page follows)',
    unit: 'ms',
    goal: { 1: 50, 4: 200 },
  },
  { key: 'mapMetric', label: 'Map: cases to deaths', unit: 'ms', goal: { 1: 50, 4: 200 } },
  { key: 'heapMB', label: 'JS heap after load', unit: 'MB' },
];

/** Every dashboard measure at every rate, judged against its absolute goal where it has one. */
function dashboardRows(results: readonly RateSamples<Sample>[]): DashboardRow[] {
  return DASHBOARD_ROWS.flatMap((row) =>
    results.map(({ rate, dashboard }) => {
      const value = spreadIn(
        row.unit,
        dashboard.map((sample) => sample[row.key]),
      );
      const goal = row.goal?.[rate] ?? null;
      return {
        measure: row.key,
        label: row.label,
        unit: row.unit,
        cpuRate: rate,
        value,
        goal,
        met: goal === null ? null : value.median <= goal,
      };
    }),
  );
}

/** The dashboard's table: one line a measure, a column a CPU rate, then its goals. */
function dashboardTable(rows: readonly DashboardRow[]): string[] {
  const header = `${'measure'.padEnd(40)}${RATES.map((r) => `CPU x${r}`.padEnd(26)).join('')}goal`;
  const lines = [header, '-'.repeat(header.length + 24)];
  for (const row of DASHBOARD_ROWS) {
    const cells = rows.filter((r) => r.measure === row.key);
    const values = cells.map((cell) => formatSpread(cell.value, cell.unit).padEnd(26)).join('');
    const goals = cells
      .filter((cell) => cell.goal !== null)
      .map(
        (cell) => `x${cell.cpuRate} <= ${cell.goal} ${cell.unit}: ${cell.met ? 'met' : 'MISSED'}`,
      )
      .join('; ');
    lines.push(`${row.label.padEnd(40)}${values}${goals}`);
  }
  return lines;
}

/** A build being served: its address, and its folder (where the sizes of its scripts are read). */
interface Served {
  readonly url: string;
  readonly dist: string;
}

/**
 * All runs at one CPU rate in one browser: a visit of each page first to warm the browser and the
 * disk cache (not counted), then the dashboard and the baseline in turn.
 */
async function measureRate(
  browser: Browser,
  rate: number,
  pages: { dashboard: Served; baseline: Served },
  runs: number,
): Promise<RateSamples<Sample>> {
  const { dashboard, baseline } = pages;
  await measureDashboard(browser, dashboard.url, dashboard.dist, rate);
  await measureBaseline(browser, baseline.url, baseline.dist, rate);
  const samples: { dashboard: Sample[]; baseline: BaselineSample[] } = {
    dashboard: [],
    baseline: [],
  };
  for (let run = 0; run < runs; run++) {
    // Progress on stderr: stdout stays the tables alone, for a file.
    process.stderr.write(`\rCPU x${rate}: run ${run + 1} of ${runs}   `);
    samples.dashboard.push(await measureDashboard(browser, dashboard.url, dashboard.dist, rate));
    samples.baseline.push(await measureBaseline(browser, baseline.url, baseline.dist, rate));
  }
  process.stderr.write('\n');
  return { rate, ...samples };
}

/** Serves both builds, measures at each CPU rate (a fresh browser per rate) and returns it all. */
async function measureBoth(
  options: Options,
  baselineDist: string,
): Promise<{ results: RateSamples<Sample>[]; browserVersion: string }> {
  const servers = await Promise.all([serveBuild(options.dist), serveBuild(baselineDist)]);
  const [dashboardServer, baselineServer] = servers;
  const pages = {
    dashboard: { url: dashboardServer.url, dist: options.dist },
    baseline: { url: baselineServer.url, dist: baselineDist },
  };
  const results: RateSamples<Sample>[] = [];
  let browserVersion = '';
  try {
    for (const rate of RATES) {
      const browser = await launchBrowser();
      browserVersion = browser.version();
      try {
        results.push(await measureRate(browser, rate, pages, options.runs));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  return { results, browserVersion };
}

async function main(): Promise<void> {
  const options = readOptions();
  const baselineDist = baselineBuild(options.baseline);
  const { results, browserVersion } = await measureBoth(options, baselineDist);

  const comparison = compare(results);
  const score = goalsMet(comparison);
  console.log(
    `\nDashboard (${options.dist}) beside the baseline (naive Recharts page, ${baselineDist}),`,
  );
  console.log(
    `headless Chromium ${browserVersion}, 1440x900, ${options.runs} runs of each page per CPU rate, alternated: median (min-max)\n`,
  );
  for (const line of comparisonTable(comparison)) console.log(line);
  console.log(
    `\nGoals met: ${score.met} of ${score.of} (ratio dashboard / baseline, at x1 and x4)\n`,
  );

  const bundle = bundleSizes(options.dist);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const startOk = bundle.initial.gzip / 1024 <= 110 ? 'met' : 'MISSED';
  console.log('The dashboard alone:\n');
  console.log(
    `JS at start (${bundle.initial.files.join(', ')}): ${kb(bundle.initial.gzip)} gzip, ${kb(bundle.initial.raw)} raw; goal <= 110 KB gzip: ${startOk}`,
  );
  console.log(`JS in all: ${kb(bundle.total.gzip)} gzip, ${kb(bundle.total.raw)} raw\n`);
  const dashboard = dashboardRows(results);
  for (const line of dashboardTable(dashboard)) console.log(line);

  if (options.json) {
    const report: BenchReport = {
      date: new Date().toISOString(),
      browser: `headless Chromium ${browserVersion}`,
      viewport: '1440x900',
      runs: options.runs,
      dashboardBuild: options.dist,
      baselineBuild: baselineDist,
      comparison,
      dashboard,
    };
    writeReport(options.json, report);
    console.log(`\nWrote ${options.json}`);
  }
}

await main();
