/**
 * The baseline of the browser benchmark: ../shared/bench/naive-recharts, a deliberately naive page
 * of the same stack (React, Recharts, TanStack Query; one chart of 1,100 days and a button that
 * changes the range). Speed goals are ratios to it, measured in the same run and browser, because
 * absolute times vary by a factor of two between machines and runs (shared/bench/README.md).
 *
 * Its folder is read-only and is never tuned: it is built in a copy under the system's temporary
 * folder, once per version of its sources, and the build is kept for later runs.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import {
  heapAfterGc,
  type LoadSample,
  openMeasuredPage,
  readLoad,
  spread,
  timeRedraw,
} from './bench-page';

/** Where the baseline lives: shared/ sits beside the project's repository. */
export const DEFAULT_BASELINE_SOURCE = fileURLToPath(
  new URL('../../../shared/bench/naive-recharts', import.meta.url),
);

/** What a copy holds once npm ci and the build have both succeeded in it. */
const BUILT_MARKER = '.bench-built';

/** Made by the install or the build, not part of the sources. */
const NOT_SOURCES = new Set(['node_modules', 'dist', BUILT_MARKER]);

/** Every source file of the baseline, as paths relative to it, sorted. */
function sourceFiles(source: string): string[] {
  const files = readdirSync(source, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(source, join(entry.parentPath, entry.name)))
    .filter((path) => !NOT_SOURCES.has(path.split('/')[0] ?? ''));
  return files.sort();
}

/** A short hash of the baseline's sources (package-lock, src, config, data): its cache key. */
function sourcesHash(source: string): string {
  const hash = createHash('sha256');
  for (const path of sourceFiles(source)) {
    hash
      .update(path)
      .update('\0')
      .update(readFileSync(join(source, path)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * The environment for npm and Vite in the copy, without the npm_* variables that `npm run` sets:
 * npm_config_local_prefix among them would make `npm ci` install into the project instead.
 */
function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  );
}

/** Runs a command in `cwd`, quietly; on failure, prints what it said and throws. */
function run(command: string, args: readonly string[], cwd: string): void {
  try {
    execFileSync(command, args, { cwd, env: cleanEnvironment(), stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    console.error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
    throw error;
  }
}

/** Copies, installs and builds the baseline in a new folder and returns that folder. */
function buildCopy(source: string, name: string): string {
  const work = mkdtempSync(join(tmpdir(), `${name}-building-`));
  cpSync(source, work, {
    recursive: true,
    filter: (path) => !NOT_SOURCES.has(relative(source, path).split('/')[0] ?? ''),
  });
  // The copy keeps the source's read-only modes; npm and Vite must write in it.
  run('chmod', ['-R', 'u+w', work], tmpdir());
  // --offline fails as soon as the npm cache lacks one package (seen here: ENOTCACHED for
  // @axe-core/playwright); --prefer-offline takes what the cache has and asks the registry for
  // the rest, and after the first install needs no network.
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], work);
  run('npx', ['--no-install', 'vite', 'build'], work);
  writeFileSync(join(work, BUILT_MARKER), `${new Date().toISOString()}\n`);
  return work;
}

/**
 * The baseline's production build (its dist folder), built on first use and cached as
 * <tmp>/naive-recharts-<hash of its sources>. A build is made under another name and renamed when
 * complete, so that an interrupted build or two runs at once never leave a half-built cache.
 */
export function baselineBuild(source: string): string {
  if (!existsSync(join(source, 'package-lock.json'))) {
    throw new Error(`No baseline at ${source} (expected shared/bench/naive-recharts)`);
  }
  const name = `naive-recharts-${sourcesHash(source)}`;
  const cached = join(tmpdir(), name);
  const dist = join(cached, 'dist');
  if (existsSync(join(cached, BUILT_MARKER))) return dist;
  console.error(`Building the baseline in ${cached} (npm ci, vite build)...`);
  const built = buildCopy(source, name);
  rmSync(cached, { recursive: true, force: true }); // an incomplete build of an earlier run
  try {
    renameSync(built, cached);
  } catch (error) {
    // Another run finished the same build first: keep its copy.
    if (!existsSync(join(cached, BUILT_MARKER))) throw error;
    rmSync(built, { recursive: true, force: true });
  }
  return dist;
}

/** The line of the baseline's chart, with data: Recharts draws its path with `d="M..."`. */
const BASELINE_CHART = 'path.recharts-line-curve[d^="M"]';
const LINE_PATH = `document.querySelector('path.recharts-line-curve')?.getAttribute('d')`;
const HEADING = `document.querySelector('h2')?.textContent`;

export interface BaselineSample extends LoadSample {
  readonly firstChart: number;
  readonly redrawRangeFull: number;
  readonly redrawRangeFullRepeated: number;
  readonly heapMB: number;
}

/**
 * Clicks the page's one button (it toggles the whole series and the last 90 days) and times it to
 * the painted frame whose line differs from the one before and whose heading says `heading`.
 */
async function timeRangeButton(page: Page, heading: string): Promise<number> {
  await page.evaluate(`window.__lineBefore = ${LINE_PATH}`);
  return timeRedraw(
    page,
    `document.querySelector('button').click()`,
    `${LINE_PATH} !== window.__lineBefore && ${HEADING} === ${JSON.stringify(heading)}`,
  );
}

/**
 * One first visit of the baseline at CPU x`rate`, measured as the dashboard is: its load, then the
 * redraw to the whole series once (the first time: cold) and five more times (the median).
 */
export async function measureBaseline(
  browser: Browser,
  url: string,
  dist: string,
  rate: number,
): Promise<BaselineSample> {
  const { context, page, cdp } = await openMeasuredPage(browser, url, rate, [
    { name: 'firstChart', selector: BASELINE_CHART },
  ]);
  try {
    const load = await readLoad(page, dist);
    const heapMB = await heapAfterGc(cdp);
    const wholeSeries = String(await page.evaluate(HEADING));
    await timeRangeButton(page, 'Daily values (90 points)');
    const redrawRangeFull = await timeRangeButton(page, wholeSeries);
    const repeats: number[] = [];
    for (let i = 0; i < 5; i++) {
      await timeRangeButton(page, 'Daily values (90 points)');
      repeats.push(await timeRangeButton(page, wholeSeries));
    }
    return {
      ...load,
      firstChart: load.marks.firstChart ?? Number.NaN,
      redrawRangeFull,
      redrawRangeFullRepeated: spread(repeats).median,
      heapMB,
    };
  } finally {
    await context.close();
  }
}
