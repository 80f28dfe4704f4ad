/**
 * Measures the production build in headless Chromium, at CPU x1 and x4 (CDP throttling), and
 * prints median, min and max over several runs.
 *
 * Usage: npm run bench:browser [-- --runs 7]
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
 *   start of the frame after it), for the whole page: all charts and cards.
 * - JS heap: used heap after load, after a garbage collection.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { preview } from 'vite';
import { bundleSizes } from './bundle-manifest';
import { launchBrowser } from './lib/browser';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(1, Number(values.runs) || 5);
const RATES = [1, 4] as const;

/** Installed before any page script: records when things first appear, in page time. */
const OBSERVER_SCRIPT = `
  window.__marks = {};
  // The frame that shows a change has been painted when the frame after it starts.
  const afterNextFrame = (name) => requestAnimationFrame(() => requestAnimationFrame(() => {
    window.__marks[name] ??= performance.now();
  }));
  const check = () => {
    if (!window.__marks.keyFiguresSeen && document.querySelector('[data-testid=stat-value]')) {
      window.__marks.keyFiguresSeen = true; afterNextFrame('keyFigures');
    }
    if (!window.__marks.chartSeen && document.querySelector('path.series-line, path.daily-bars')) {
      window.__marks.chartSeen = true; afterNextFrame('firstChart');
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__marks.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

interface Sample {
  firstPaint: number;
  jsBeforePaintRaw: number;
  jsBeforePaintGzip: number;
  jsTotalRaw: number;
  jsTotalGzip: number;
  lcp: number;
  keyFigures: number;
  firstChart: number;
  redrawScale: number;
  redrawRangeShort: number;
  redrawRangeFull: number;
  redrawRangeFullRepeated: number;
  redrawFocus: number;
  switchRegion: number;
  switchRegionBack: number;
  mapDate: number;
  mapMetric: number;
  heapMB: number;
}

const fileSizes = new Map<string, { raw: number; gzip: number }>();
function sizeOf(url: string): { raw: number; gzip: number } {
  const name = basename(new URL(url).pathname);
  let size = fileSizes.get(name);
  if (!size) {
    const bytes = readFileSync(join('dist/assets', name));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    fileSizes.set(name, size);
  }
  return size;
}

/**
 * Runs `act` (a statement) in the page and returns the time from the input to the first frame
 * after `isDone` (an expression) holds. Written as page code in a string: functions passed to
 * page.evaluate would carry the helpers tsx adds to compiled functions.
 */
async function timeRedraw(page: Page, act: string, isDone: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const start = performance.now();
    ${act};
    const deadline = start + 10000;
    const poll = () => {
      if (${isDone}) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
      else if (performance.now() > deadline) reject(new Error('timed out'));
      else requestAnimationFrame(poll);
    };
    // Checked at once after the synchronous work of the input, then frame by frame.
    queueMicrotask(poll);
  })`);
}

async function measure(browser: Browser, base: string, rate: number): Promise<Sample> {
  // The page's CSP forbids eval, which Playwright's string predicates use; measuring needs them.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    bypassCSP: true,
  });
  try {
    const page = await context.newPage();
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(OBSERVER_SCRIPT);
    await page.goto(base);
    await page.waitForFunction(
      'window.__marks.firstChart !== undefined && window.__marks.keyFigures !== undefined',
    );
    await page.waitForTimeout(200);

    const timing = (await page.evaluate(`({
      paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? 0,
      scripts: performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => ({ url: e.name, end: e.responseEnd })),
      marks: window.__marks,
    })`)) as {
      paint: number;
      scripts: { url: string; end: number }[];
      marks: Record<string, number | undefined>;
    };
    const before = timing.scripts.filter((s) => s.end <= timing.paint).map((s) => sizeOf(s.url));
    const all = timing.scripts.map((s) => sizeOf(s.url));
    const sum = (list: { raw: number; gzip: number }[], key: 'raw' | 'gzip') =>
      list.reduce((total, size) => total + size[key], 0);

    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');

    const redrawScale = await timeRedraw(
      page,
      `[...document.querySelectorAll('[data-chart-panel=total-cases] button')].find((b) => b.textContent === 'Log').click()`,
      `document.querySelector('[data-chart-panel=total-cases]').textContent.includes('(log scale)')`,
    );
    const clickPreset = (id: string) => `document.querySelector('[data-preset="${id}"]').click()`;
    const shows = (text: string) =>
      `document.querySelector('.date-filter__current').textContent.startsWith(${JSON.stringify(text)})`;
    const redrawRangeShort = await timeRedraw(page, clickPreset('last-90'), shows('6 Nov 2022'));
    const redrawRangeFull = await timeRedraw(page, clickPreset('all'), shows('31 Jan 2020'));
    // The same change again, five times: the first one above runs code the page has not run
    // before (cold); these show the cost once it has.
    const repeats: number[] = [];
    for (let i = 0; i < 5; i++) {
      await timeRedraw(page, clickPreset('last-90'), shows('6 Nov 2022'));
      repeats.push(await timeRedraw(page, clickPreset('all'), shows('31 Jan 2020')));
    }
    const redrawRangeFullRepeated = stats(repeats).median;
    // Another place: its file is fetched (loopback) and the whole page redrawn with it.
    const goTo = (search: string) =>
      `history.pushState(null, '', ${JSON.stringify(search)}); dispatchEvent(new PopStateEvent('popstate'))`;
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
      `document.querySelector('[data-claim=daily-record]').click()`,
      `document.querySelectorAll('.focus-dot').length === 3 && document.querySelector('[data-testid=stat-value]').textContent === '11,231'`,
    );

    // The map, once on screen: a new date (what a frame of play draws, here with the rest of the
    // page following the focused date) and cases to deaths (the map alone).
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
    return {
      firstPaint: timing.paint,
      jsBeforePaintRaw: sum(before, 'raw'),
      jsBeforePaintGzip: sum(before, 'gzip'),
      jsTotalRaw: sum(all, 'raw'),
      jsTotalGzip: sum(all, 'gzip'),
      lcp: timing.marks.lcp ?? Number.NaN,
      keyFigures: timing.marks.keyFigures ?? Number.NaN,
      firstChart: timing.marks.firstChart ?? Number.NaN,
      redrawScale,
      redrawRangeShort,
      redrawRangeFull,
      redrawRangeFullRepeated,
      redrawFocus,
      switchRegion,
      switchRegionBack,
      mapDate,
      mapMetric,
      heapMB: heap.usedSize / 1_048_576,
    };
  } finally {
    await context.close();
  }
}

const ROWS: {
  key: keyof Sample;
  label: string;
  unit: 'KB' | 'ms' | 'MB';
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

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

async function main(): Promise<void> {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('no preview address');
  const results = new Map<number, Sample[]>();
  try {
    for (const rate of RATES) {
      const browser = await launchBrowser();
      try {
        const samples: Sample[] = [];
        await measure(browser, base, rate); // warms the browser and the disk cache; not counted
        for (let run = 0; run < RUNS; run++) samples.push(await measure(browser, base, rate));
        results.set(rate, samples);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const bundle = bundleSizes();

  const format = (value: number, unit: string) =>
    unit === 'KB' ? (value / 1024).toFixed(1) : unit === 'MB' ? value.toFixed(1) : value.toFixed(0);
  console.log(
    `Production build, headless Chromium, 1440x900, ${RUNS} runs per CPU rate: median (min-max)\n`,
  );
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const startOk = bundle.initial.gzip / 1024 <= 110 ? 'met' : 'MISSED';
  console.log(
    `JS at start (${bundle.initial.files.join(', ')}): ${kb(bundle.initial.gzip)} gzip, ${kb(bundle.initial.raw)} raw; goal <= 110 KB gzip: ${startOk}`,
  );
  console.log(`JS in all: ${kb(bundle.total.gzip)} gzip, ${kb(bundle.total.raw)} raw\n`);
  const header = `${'measure'.padEnd(40)}${RATES.map((r) => `CPU x${r}`.padEnd(26)).join('')}goal`;
  console.log(header);
  console.log('-'.repeat(header.length + 24));
  for (const row of ROWS) {
    const cells = RATES.map((rate) => {
      const s = stats((results.get(rate) ?? []).map((sample) => sample[row.key]));
      return `${format(s.median, row.unit)} ${row.unit} (${format(s.min, row.unit)}-${format(s.max, row.unit)})`.padEnd(
        26,
      );
    });
    const goal = row.goal
      ? RATES.filter((rate) => row.goal?.[rate] !== undefined)
          .map((rate) => {
            const limit = row.goal?.[rate] as number;
            const median = stats((results.get(rate) ?? []).map((sample) => sample[row.key])).median;
            const value = row.unit === 'KB' ? median / 1024 : median;
            return `x${rate} <= ${limit} ${row.unit}: ${value <= limit ? 'met' : 'MISSED'}`;
          })
          .join('; ')
      : '';
    console.log(`${row.label.padEnd(40)}${cells.join('')}${goal}`);
  }
}

await main();
