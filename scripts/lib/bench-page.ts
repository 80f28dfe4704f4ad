/**
 * What the browser benchmark measures the same way on every page it loads (the dashboard and the
 * baseline alike): the first paint, the JavaScript downloaded by then, LCP, when a chart's data
 * path was first painted, the time of a redraw, and the heap.
 *
 * Page code is written as strings: functions passed to page.evaluate would carry the helpers tsx
 * adds to compiled functions, which do not exist in the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/** A mark recorded when `selector` first matches: the time its frame has been painted. */
export interface AppearanceMark {
  readonly name: string;
  readonly selector: string;
}

/**
 * Installed before any page script: records when each mark's element first appears (once the
 * frame that shows it has been painted, i.e. when the frame after it starts) and the last LCP
 * candidate, in page time.
 */
function observerScript(marks: readonly AppearanceMark[]): string {
  return `
    window.__marks = {};
    const afterNextFrame = (name) => requestAnimationFrame(() => requestAnimationFrame(() => {
      window.__marks[name] ??= performance.now();
    }));
    const watched = ${JSON.stringify(marks)};
    const seen = new Set();
    const check = () => {
      for (const { name, selector } of watched) {
        if (!seen.has(name) && document.querySelector(selector)) {
          seen.add(name);
          afterNextFrame(name);
        }
      }
      // Done watching: no observer work left to slow the redraws measured later.
      if (seen.size === watched.length) observer.disconnect();
    };
    // Attributes too: a chart's path may get its data ('d') after it is in the DOM.
    const observer = new MutationObserver(check);
    observer.observe(document, {
      childList: true, subtree: true, attributes: true, attributeFilter: ['d'],
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__marks.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  `;
}

export interface MeasuredPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
}

/**
 * Opens `url` in a new context (a first visit: empty cache) with the CPU slowed `rate` times, and
 * waits until every mark has been recorded, then a little longer for late LCP candidates.
 */
export async function openMeasuredPage(
  browser: Browser,
  url: string,
  rate: number,
  marks: readonly AppearanceMark[],
): Promise<MeasuredPage> {
  // The dashboard's CSP forbids eval, which Playwright's string predicates use; measuring needs
  // them. Set for every page so that all are loaded alike.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(observerScript(marks));
  await page.goto(url);
  const allMarked = marks.map(({ name }) => `window.__marks.${name} !== undefined`).join(' && ');
  await page.waitForFunction(allMarked, undefined, { timeout: 60_000 });
  await page.waitForTimeout(200);
  return { context, page, cdp };
}

/** Raw and gzip (level 9) sizes of one file. */
interface FileSize {
  readonly raw: number;
  readonly gzip: number;
}

const fileSizes = new Map<string, FileSize>();

/** The size of the file behind `url` in the build `dist` that served it (gzip computed once). */
function sizeOfServedFile(dist: string, url: string): FileSize {
  const path = join(dist, decodeURIComponent(new URL(url).pathname));
  let size = fileSizes.get(path);
  if (!size) {
    const bytes = readFileSync(path);
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    fileSizes.set(path, size);
  }
  return size;
}

/** What the page loaded, read once it has drawn its first chart. */
export interface LoadSample {
  readonly firstPaint: number;
  readonly jsBeforePaintRaw: number;
  readonly jsBeforePaintGzip: number;
  readonly jsTotalRaw: number;
  readonly jsTotalGzip: number;
  readonly lcp: number;
  /** Every mark of openMeasuredPage, by name. */
  readonly marks: Readonly<Record<string, number>>;
}

interface PageTiming {
  paint: number | null;
  scripts: { url: string; end: number }[];
  marks: Record<string, number | undefined>;
}

/**
 * Reads paint, scripts and marks. "Before first paint" counts the scripts whose download had
 * ended by the first paint (first-paint, else first-contentful-paint: a page whose first paint is
 * its first content may report only the latter). On loopback this includes code the paint did not
 * wait for, on every page alike.
 */
export async function readLoad(page: Page, dist: string): Promise<LoadSample> {
  const timing = (await page.evaluate(`({
    paint: (performance.getEntriesByName('first-paint')[0]
      ?? performance.getEntriesByName('first-contentful-paint')[0])?.startTime ?? null,
    scripts: performance.getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ url: e.name, end: e.responseEnd })),
    marks: window.__marks,
  })`)) as PageTiming;
  const paint = timing.paint ?? Number.NaN;
  const before = timing.scripts
    .filter((s) => s.end <= paint)
    .map((s) => sizeOfServedFile(dist, s.url));
  const all = timing.scripts.map((s) => sizeOfServedFile(dist, s.url));
  const sum = (list: FileSize[], key: keyof FileSize) =>
    list.reduce((total, size) => total + size[key], 0);
  const marks: Record<string, number> = {};
  for (const [name, time] of Object.entries(timing.marks)) {
    if (typeof time === 'number') marks[name] = time;
  }
  return {
    firstPaint: paint,
    jsBeforePaintRaw: sum(before, 'raw'),
    jsBeforePaintGzip: sum(before, 'gzip'),
    jsTotalRaw: sum(all, 'raw'),
    jsTotalGzip: sum(all, 'gzip'),
    lcp: timing.marks.lcp ?? Number.NaN,
    marks,
  };
}

/** Used JS heap in MB after a garbage collection. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return heap.usedSize / 1_048_576;
}

/**
 * Runs `act` (a statement) in the page and returns the time from the input to the first frame
 * after `isDone` (an expression) holds: the frame that shows the change has been painted when the
 * frame after it starts.
 */
export async function timeRedraw(page: Page, act: string, isDone: string): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const start = performance.now();
    ${act};
    const deadline = start + 20000;
    const poll = () => {
      if (${isDone}) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
      else if (performance.now() > deadline) reject(new Error('timed out: ' + ${JSON.stringify(isDone)}));
      else requestAnimationFrame(poll);
    };
    // Checked at once after the synchronous work of the input, then frame by frame.
    queueMicrotask(poll);
  })`);
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Median (the mean of the middle two for an even count), min and max; NaN when empty. */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = Number.isInteger(middle)
    ? ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2
    : (sorted[Math.floor(middle)] ?? Number.NaN);
  return {
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}
