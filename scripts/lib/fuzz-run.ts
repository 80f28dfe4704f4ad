/**
 * Runs the attack harness's cases (fuzz-cases.ts) against a served production build in Chromium,
 * checks each against its oracle and counts what went wrong. Shared by scripts/fuzz.ts (the full
 * run) and tests/e2e/fuzz.e2e.test.ts (the CI sample), so that both apply the same checks.
 *
 * Every case is checked for the same things whatever its family: no uncaught page error, no
 * dialog, no console error it did not cause on purpose, not a blank page, no markup from outside
 * (script, event handler, frame) anywhere in the body, no link with a dangerous scheme; then for the
 * notice its oracle asks for.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { TAKEN_OVER } from './browser';
import type {
  DataFileCase,
  FaultNotice,
  LinkCase,
  NetworkFaultCase,
  RealDataFile,
} from './fuzz-cases';

// ---------------------------------------------------------------------------------------------
// Results

export interface Failure {
  readonly family: string;
  readonly caseName: string;
  readonly expected: string;
  /** Short names of what went wrong, e.g. 'no notice', 'page error'; used to group failures. */
  readonly kinds: readonly string[];
  readonly happened: string;
}

export interface FamilyResult {
  readonly family: string;
  tried: number;
  /** Uncaught exceptions and dialogs (an alert can only come from script we did not write). */
  pageErrors: number;
  /** Console errors other than the network errors a fault case causes on purpose. */
  consoleErrors: number;
  blankPages: number;
  noticesExpected: number;
  /** Expected notices that were shown (a notice where none was expected is a failure). */
  noticesShown: number;
  readonly failures: Failure[];
  /** Things worth knowing that are not failures (how a timeout was reached, reloads). */
  readonly notes: string[];
}

const emptyResult = (family: string): FamilyResult => ({
  family,
  tried: 0,
  pageErrors: 0,
  consoleErrors: 0,
  blankPages: 0,
  noticesExpected: 0,
  noticesShown: 0,
  failures: [],
  notes: [],
});

/** What went wrong in one case, as [kind, detail] pairs. */
type Problems = [kind: string, detail: string][];

/** What one case counted, added to its family's result by `record`. */
interface CaseRecord {
  readonly caseName: string;
  readonly expected: string;
  readonly problems: Problems;
  readonly blank: boolean;
  readonly noticeExpected: boolean;
  readonly noticeShown: boolean;
  readonly watch: PageWatch;
}

function record(result: FamilyResult, entry: CaseRecord): void {
  result.tried++;
  result.pageErrors += entry.watch.pageErrors.length;
  result.consoleErrors += entry.watch.consoleErrors.length;
  if (entry.blank) result.blankPages++;
  if (entry.noticeExpected) result.noticesExpected++;
  if (entry.noticeExpected && entry.noticeShown) result.noticesShown++;
  const problems: Problems = [
    ...entry.problems,
    ...entry.watch.pageErrors.map((e): [string, string] => ['page error', e]),
    ...entry.watch.consoleErrors.map((e): [string, string] => ['console error', e]),
  ];
  if (problems.length === 0) return;
  result.failures.push({
    family: result.family,
    caseName: entry.caseName,
    expected: entry.expected,
    kinds: [...new Set(problems.map(([kind]) => kind))],
    happened: problems.map(([kind, detail]) => (detail ? `${kind}: ${detail}` : kind)).join('; '),
  });
}

// ---------------------------------------------------------------------------------------------
// Watching a page

/** A renderer that died (out of memory, say) is the page's failure, and blanks it. */
const CRASHED = 'the page crashed';

export interface PageWatch {
  pageErrors: string[];
  consoleErrors: string[];
}

/**
 * Records a page's uncaught exceptions, dialogs and console errors. Not scripts/lib/browser.ts's
 * `watchedPage`: the harness needs them apart, and needs to let through the console errors that
 * the network faults it injects make Chromium log by itself ("Failed to load resource").
 */
function watch(page: Page, expectedConsole: RegExp | null = null): PageWatch {
  const problems: PageWatch = { pageErrors: [], consoleErrors: [] };
  page.on('pageerror', (error) => problems.pageErrors.push(clip(error.message, 200)));
  page.on('crash', () => problems.pageErrors.push(CRASHED));
  page.on('dialog', (dialog) => {
    problems.pageErrors.push(`a ${dialog.type()} dialog opened: ${clip(dialog.message(), 100)}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (expectedConsole?.test(message.text())) return;
    problems.consoleErrors.push(clip(message.text(), 200));
  });
  return problems;
}

/** The errors recorded since `mark`, as their own watch (for one link of a long-lived page). */
const since = (w: PageWatch, mark: { pageErrors: number; consoleErrors: number }): PageWatch => ({
  pageErrors: w.pageErrors.slice(mark.pageErrors),
  consoleErrors: w.consoleErrors.slice(mark.consoleErrors),
});

// ---------------------------------------------------------------------------------------------
// Looking at a page (functions that run in the page: no named inner functions, since tsx's
// esbuild would wrap them in a `__name` helper that exists only in Node)

/** Every element that may be a notice, in document order (the `index` of a `PageNotice`). */
const NOTICE_SELECTOR = '[role="alert"], [role="status"], .notice';
const LINK_NOTICE_TEXT = 'Part of this link could not be used';

interface PageNotice {
  readonly index: number;
  readonly role: string;
  readonly className: string;
  readonly text: string;
  /** The words of its buttons (Retry, Reload, Dismiss...). */
  readonly buttons: readonly string[];
  readonly inArticle: boolean;
  /** List items, the "and N more" line not counted. */
  readonly items: number;
  readonly hasMoreLine: boolean;
  readonly height: number;
}

interface PageState {
  readonly hasH1: boolean;
  readonly textLength: number;
  /**
   * A key figure with a digit in it is on the page, drawn by the page's code: the build's HTML
   * holds the default view's figures before any script has run (src/app/render-shell.tsx), which
   * say nothing yet of how the page handles what it was given.
   */
  readonly figures: boolean;
  readonly notices: readonly PageNotice[];
  readonly search: string;
  readonly articleTextLength: number;
  /** Markup that can only have come from outside: script, event handlers, frames. */
  readonly unsafeElements: readonly string[];
  /** Links whose scheme is not http(s)/mailto, or that start with `//` or `\\` (another host). */
  readonly unsafeLinks: readonly string[];
}

const OBSERVE = (noticeSelector: string): PageState => {
  const notices = Array.from(document.querySelectorAll(noticeSelector))
    .map((element, index) => ({
      index,
      role: element.getAttribute('role') ?? '',
      className: element.getAttribute('class') ?? '',
      // Rendered text, so that list items and paragraphs read apart in a report.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
      text: (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      buttons: Array.from(element.querySelectorAll('button')).map((b) =>
        (b.textContent ?? '').trim(),
      ),
      inArticle: element.closest('article') !== null,
      items: Array.from(element.querySelectorAll('li')).filter(
        (li) => !/\band [\d,]+ more\b/i.test(li.textContent ?? ''),
      ).length,
      hasMoreLine: /\band [\d,]+ more\b/i.test(element.textContent ?? ''),
      height: element.getBoundingClientRect().height,
    }))
    .filter((notice) => notice.text !== '');
  // The whole body, not only `main`: the footer echoes the data file's sources. The build puts
  // its own scripts in the head, so any script here came from outside.
  const unsafe = Array.from(
    document.body.querySelectorAll(
      'script, img[onerror], svg[onload], iframe, object, embed, [onerror], [onload], [onclick]',
    ),
  ).map((element) => element.outerHTML.slice(0, 80));
  const unsafeLinks = Array.from(document.querySelectorAll('a[href]'))
    .filter((a) => {
      const link = a as HTMLAnchorElement;
      // `//evil.example` and `\\evil.example` name no scheme yet lead to another host.
      const namesScheme = /^[a-z][a-z0-9+.-]*:/i.test((link.getAttribute('href') ?? '').trim());
      return (
        !['http:', 'https:', 'mailto:'].includes(link.protocol) ||
        (!namesScheme && link.host !== location.host)
      );
    })
    .map((a) => (a.getAttribute('href') ?? '').slice(0, 80));
  const article = document.querySelector('article');
  return {
    hasH1: document.querySelector('h1') !== null,
    // Rendered text, as the brief defines a blank page: hidden or collapsed text does not count.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
    textLength: document.body.innerText.length,
    // Whether the page's code has drawn them is added by `observe` (TAKEN_OVER).
    figures: Array.from(document.querySelectorAll('[data-testid="stat-value"]')).some((e) =>
      /\d/.test(e.textContent ?? ''),
    ),
    notices,
    search: location.search,
    articleTextLength: (article?.textContent ?? '').length,
    unsafeElements: unsafe,
    unsafeLinks,
  };
};

async function observe(page: Page): Promise<PageState> {
  const [state, takenOver] = await Promise.all([
    page.evaluate(OBSERVE, NOTICE_SELECTOR),
    page.evaluate(TAKEN_OVER),
  ]);
  return { ...state, figures: state.figures && takenOver };
}

/** The brief's "blank page": no heading, or hardly any text. */
const isBlank = (state: PageState): boolean => !state.hasH1 || state.textLength < 200;

/** Problems every case shares: blank, markup from outside, dangerous links. */
function commonProblems(state: PageState): Problems {
  const problems: Problems = [];
  if (isBlank(state)) {
    problems.push([
      'blank page',
      `${state.hasH1 ? 'h1 present' : 'no h1'}, ${state.textLength} characters`,
    ]);
  }
  if (state.unsafeElements.length > 0) {
    problems.push(['markup from outside', state.unsafeElements.slice(0, 3).join(' ')]);
  }
  if (state.unsafeLinks.length > 0) {
    problems.push(['unsafe link', state.unsafeLinks.slice(0, 3).map(printable).join(', ')]);
  }
  return problems;
}

const describeNotices = (state: PageState): string =>
  state.notices.length === 0
    ? 'no notice'
    : state.notices
        .map((n) => `[${n.role || 'no role'} ${n.className}] "${clip(printable(n.text), 160)}"`)
        .join(' ');

const isDataErrorNotice = (n: PageNotice): boolean =>
  n.role === 'alert' && n.className.includes('notice--error') && !n.inArticle;

// ---------------------------------------------------------------------------------------------
// Helpers

export const VIEWPORT = { width: 1440, height: 900 };

/** Cases run side by side, one browser context each; more than the cores only slows them all. */
export const DEFAULT_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/** A data file request, as the brief defines it. */
export const isDataUrl = (url: URL | string): boolean => {
  const { pathname } = new URL(url);
  return pathname.includes('/data/') && pathname.endsWith('.json');
};

const clip = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** Control, bidi and other invisible characters written as \u{...}, so a report shows them. */
const printable = (text: string): string =>
  text.replace(
    /[^\x20-\x7e\u00a0-\u200a\u2010-\u2027\u2030-\u205e]/gu,
    (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`,
  );

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `observe` until `done` holds or `timeoutMs` passes; returns the last state. A page that is
 * navigating (a Reload) cannot be read for a moment: that is waited out, not a failure.
 */
async function observeUntil(
  page: Page,
  done: (state: PageState) => boolean,
  timeoutMs: number,
): Promise<{ state: PageState; met: boolean }> {
  const deadline = Date.now() + timeoutMs;
  let last: PageState | null = null;
  for (;;) {
    try {
      last = await observe(page);
      if (done(last)) return { state: last, met: true };
    } catch (error) {
      if (page.isClosed() || (Date.now() >= deadline && last === null)) throw error;
    }
    if (Date.now() >= deadline && last !== null) return { state: last, met: false };
    await delay(150);
  }
}

/** Runs `task` over `items` with at most `limit` at a time (each case has its own context). */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/**
 * Without the service worker: these faults are what the page itself meets on the network. With
 * the worker, a saved file is served despite them, as it should be (tests/e2e/offline.e2e.test.ts).
 */
async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT, locale: 'en-US', serviceWorkers: 'block' });
}

/**
 * The data file the page asks for first, with its path, read from the server in Node. The
 * malformed files are made from it, so they follow whatever the real file looks like today.
 */
export async function fetchRealDataFile(browser: Browser, baseURL: string): Promise<RealDataFile> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const request = page.waitForRequest((r) => isDataUrl(r.url()), { timeout: 15_000 });
    await page.goto(baseURL, { waitUntil: 'domcontentloaded' });
    const path = new URL((await request).url()).pathname;
    const response = await fetch(new URL(path, baseURL));
    if (!response.ok) throw new Error(`the real data file ${path} answered ${response.status}`);
    return { path, text: await response.text() };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Links

interface Applied {
  readonly staleNotice: boolean;
  readonly settled: boolean;
}

/**
 * Runs in the page: puts away the previous link's notice, applies `search` the way Back and
 * Forward do (pushState + popstate), then waits until the page has its figures, the notice's code
 * (if the link needs it) has arrived, and it has stayed the same (address, notice, busy parts) for
 * a frame, at least two frames in.
 */
const APPLY_LINK = async ({
  search,
  maxFrames,
}: {
  search: string;
  maxFrames: number;
}): Promise<Applied> => {
  const stale = document.querySelector('.notice--warning');
  if (stale) {
    const dismiss = Array.from(stale.querySelectorAll('button')).find(
      (b) => (b.textContent ?? '').trim() === 'Dismiss',
    );
    dismiss?.click();
    for (let i = 0; i < 10 && document.querySelector('.notice--warning'); i++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    if (document.querySelector('.notice--warning')) return { staleNotice: true, settled: false };
  }
  history.pushState(null, '', `${location.pathname}${search}`);
  dispatchEvent(new PopStateEvent('popstate'));
  let previous = '';
  let stable = 0;
  for (let frame = 1; frame <= maxFrames; frame++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const figures = document.querySelector('[data-testid="stat-value"]') !== null;
    const key = [
      location.search,
      document.querySelector('.notice--warning') !== null,
      figures,
      document.querySelectorAll('[aria-busy="true"]').length,
    ].join('|');
    stable = key === previous ? stable + 1 : 0;
    previous = key;
    // Settled: the notice's code, which a link with a problem downloads, has arrived.
    const loading =
      document.querySelector('[data-testid="view-notices"] [aria-busy="true"]') !== null;
    if (frame >= 2 && stable >= 1 && figures && !loading) {
      return { staleNotice: false, settled: true };
    }
  }
  return { staleNotice: false, settled: false };
};

/** The address of a view in its clean form: known names, dates, words, commas. */
const CLEAN_SEARCH = /^(\?[A-Za-z0-9=&,._-]*)?$/;

async function openHome(page: Page, baseURL: string): Promise<void> {
  await page.goto(baseURL, { waitUntil: 'domcontentloaded' });
  const { met, state } = await observeUntil(page, (s) => s.figures, 20_000);
  if (!met) throw new Error(`the home page shows no figures (${describeNotices(state)})`);
}

function linkExpectation(link: LinkCase): string {
  if (!link.expectNotice) return 'no notice, no errors';
  return link.expectMoreLine
    ? 'a notice listing at most 10 problems then "and N more", a clean address'
    : 'a notice (at most 10 items, under 600 px), a clean address';
}

/** The checks of one link against its oracle, given the page after it was applied. */
function linkProblems(link: LinkCase, applied: Applied, state: PageState): Problems {
  const problems: Problems = commonProblems(state);
  if (!applied.settled)
    problems.push(['did not settle', 'no stable page with figures within 120 frames']);
  const notice = state.notices.find(
    (n) => n.className.includes('notice--warning') && n.text.startsWith(LINK_NOTICE_TEXT),
  );
  if (link.expectNotice && !notice) {
    problems.push(['no notice', `page shows ${describeNotices(state)}; address ${state.search}`]);
  }
  if (!link.expectNotice && notice) {
    problems.push(['notice for a valid link', `"${clip(printable(notice.text), 240)}"`]);
  }
  if (notice) {
    if (notice.role !== 'status') problems.push(['notice role', `role="${notice.role}"`]);
    if (notice.items > 10) problems.push(['notice too long', `${notice.items} items listed`]);
    if (link.expectMoreLine && !notice.hasMoreLine) {
      problems.push(['no "and N more" line', `${notice.items} items listed`]);
    }
    if (notice.height >= 600) {
      problems.push(['notice too tall', `${Math.round(notice.height)} px`]);
    }
  }
  if (!CLEAN_SEARCH.test(state.search)) {
    problems.push(['address not cleaned', clip(printable(state.search), 120)]);
  }
  return problems;
}

/** Applies one link to the open page and checks it; `reload`: the page needs a fresh start. */
async function tryLink(
  page: Page,
  baseURL: string,
  link: LinkCase,
): Promise<{ problems: Problems; blank: boolean; shown: boolean; reload: boolean; fresh: number }> {
  let fresh = 0;
  try {
    let applied = await page.evaluate(APPLY_LINK, { search: link.search, maxFrames: 120 });
    if (applied.staleNotice) {
      // The last link's notice would not go away: start afresh rather than blame this link.
      fresh++;
      await openHome(page, baseURL);
      applied = await page.evaluate(APPLY_LINK, { search: link.search, maxFrames: 120 });
    }
    const state = await observe(page);
    const problems = linkProblems(link, applied, state);
    const blank = isBlank(state);
    return {
      problems,
      blank,
      shown: link.expectNotice && !problems.some(([kind]) => kind === 'no notice'),
      reload: blank || !applied.settled,
      fresh,
    };
  } catch (error) {
    const problems: Problems = [['harness error', clip(String(error), 200)]];
    return { problems, blank: false, shown: false, reload: true, fresh };
  }
}

export interface LinkRunOptions {
  /** Pages that take links side by side (each applies every `pages`-th link); default 1. */
  readonly pages?: number;
  /** Called after each link with the number done so far. */
  readonly onProgress?: (done: number) => void;
}

/**
 * Applies links in one long-lived page, as Back and Forward would, and checks each against its
 * oracle. A link that breaks the page (error, blank, stuck) is followed by a reload, and a crash
 * by a new page, so that one broken link does not fail all the links after it.
 */
async function runLinkShard(
  browser: Browser,
  baseURL: string,
  links: readonly LinkCase[],
  indexes: readonly number[],
  onEach: (index: number, entry: CaseRecord) => void,
): Promise<number> {
  const context = await newContext(browser);
  let reloads = 0;
  try {
    let page = await context.newPage();
    let watched = watch(page);
    await openHome(page, baseURL);
    for (const index of indexes) {
      const link = links[index];
      if (!link) continue;
      const mark = {
        pageErrors: watched.pageErrors.length,
        consoleErrors: watched.consoleErrors.length,
      };
      const outcome = await tryLink(page, baseURL, link);
      const errors = since(watched, mark);
      const crashed = errors.pageErrors.includes(CRASHED);
      onEach(index, {
        caseName: `${link.name} (${link.construction}) ${clip(printable(link.search), 100) || '(no query)'}`,
        expected: linkExpectation(link),
        // After a crash the harness's own error says nothing more.
        problems: crashed ? [] : outcome.problems,
        blank: outcome.blank || crashed,
        noticeExpected: link.expectNotice,
        noticeShown: outcome.shown,
        watch: errors,
      });
      reloads += outcome.fresh;
      if (crashed) {
        await page.close().catch(() => {});
        page = await context.newPage();
        watched = watch(page);
      }
      if (outcome.reload || crashed || errors.pageErrors.length > 0) {
        reloads++;
        await openHome(page, baseURL).catch(() => {});
      }
    }
  } finally {
    await context.close();
  }
  return reloads;
}

/** Every link, in `pages` pages side by side; the result lists them in their order. */
export async function runLinkCases(
  browser: Browser,
  baseURL: string,
  links: readonly LinkCase[],
  { pages = 1, onProgress = () => {} }: LinkRunOptions = {},
): Promise<FamilyResult> {
  const result = emptyResult('links');
  const entries: (CaseRecord | undefined)[] = [];
  let done = 0;
  const shards = Array.from({ length: Math.max(1, pages) }, (_, shard) =>
    links.map((_, index) => index).filter((index) => index % Math.max(1, pages) === shard),
  );
  const reloads = await Promise.all(
    shards.map((indexes) =>
      runLinkShard(browser, baseURL, links, indexes, (index, entry) => {
        entries[index] = entry;
        onProgress(++done);
      }),
    ),
  );
  for (const entry of entries) if (entry) record(result, entry);
  const reloaded = reloads.reduce((sum, n) => sum + n, 0);
  if (reloaded > 0) result.notes.push(`links: the page was reloaded ${reloaded} times to go on`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Data files

function dataFileExpectation(file: DataFileCase): string {
  switch (file.outcome) {
    case 'error-notice':
      return file.mentions.length > 0
        ? `an error notice naming ${file.mentions.map((m) => m.says).join(' and ')}`
        : 'an error notice';
    case 'ok':
      return 'the figures, no error notice';
    case 'ok-no-unsafe-links':
      return 'the figures, no error notice, no javascript:/data:/vbscript:/other-host link';
  }
}

function dataFileProblems(file: DataFileCase, state: PageState, settled: boolean): Problems {
  const problems = commonProblems(state);
  const notice = state.notices.find(isDataErrorNotice);
  const waited = `after ${file.settleMs / 1000} s`;
  if (file.outcome === 'error-notice') {
    if (!notice) {
      problems.push([
        'no error notice',
        `${settled ? '' : `${waited}, `}page shows ${state.figures ? 'figures' : 'no figures'}, ${describeNotices(state)}`,
      ]);
    } else {
      const missing = file.mentions.filter((mention) => !mention.pattern.test(notice.text));
      if (missing.length > 0) {
        problems.push([
          'notice does not name the place',
          `missing ${missing.map((m) => m.says).join(', ')} in "${clip(printable(notice.text), 240)}"`,
        ]);
      }
    }
  } else {
    if (!state.figures) problems.push(['no figures', `${waited}: ${describeNotices(state)}`]);
    if (notice) problems.push(['error notice', `"${clip(printable(notice.text), 240)}"`]);
  }
  return problems;
}

async function runDataFileCase(
  browser: Browser,
  baseURL: string,
  dataPath: string,
  file: DataFileCase,
): Promise<CaseRecord> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const watched = watch(page);
  try {
    let body: string | null = null;
    await page.route(isDataUrl, (route) => {
      if (new URL(route.request().url()).pathname !== dataPath) return route.fallback();
      body ??= file.body();
      return route.fulfill({ status: file.status, contentType: file.contentType, body });
    });
    await page.goto(baseURL, { waitUntil: 'domcontentloaded' });
    const { met, state: first } = await observeUntil(
      page,
      (s) => s.figures || s.notices.some(isDataErrorNotice),
      file.settleMs,
    );
    // A moment more, so that an error that follows the figures (or the reverse) is seen too.
    if (met) await delay(150);
    const state = met ? await observe(page) : first;
    const problems = dataFileProblems(file, state, met);
    const noticeShown = state.notices.some(isDataErrorNotice);
    return {
      caseName: file.name,
      expected: dataFileExpectation(file),
      problems,
      blank: isBlank(state),
      noticeExpected: file.outcome === 'error-notice',
      noticeShown,
      watch: watched,
    };
  } catch (error) {
    const noticeExpected = file.outcome === 'error-notice';
    return harnessFailure(file.name, dataFileExpectation(file), noticeExpected, error, watched);
  } finally {
    await context.close();
  }
}

/**
 * A case the harness could not finish. After a crash the page is gone (and blank to its reader):
 * the crash is the failure, already in `watched`; anything else is the harness's own error.
 */
const harnessFailure = (
  caseName: string,
  expected: string,
  noticeExpected: boolean,
  error: unknown,
  watched: PageWatch,
): CaseRecord => {
  const crashed = watched.pageErrors.includes(CRASHED);
  return {
    caseName,
    expected,
    problems: crashed ? [] : [['harness error', clip(String(error), 200)]],
    blank: crashed,
    noticeExpected,
    noticeShown: false,
    watch: watched,
  };
};

/** Serves each malformed file in place of the real one, each in a fresh browser context. */
export async function runDataFileCases(
  browser: Browser,
  baseURL: string,
  real: RealDataFile,
  files: readonly DataFileCase[],
  concurrency = DEFAULT_CONCURRENCY,
): Promise<FamilyResult> {
  const result = emptyResult('data files');
  const records = new Map<DataFileCase, CaseRecord>();
  await forEachLimited(files, concurrency, async (file) => {
    records.set(file, await runDataFileCase(browser, baseURL, real.path, file));
  });
  // In catalogue order, whatever order they finished in.
  for (const file of files) {
    const entry = records.get(file);
    if (entry) record(result, entry);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Network faults

const HTML_PAGE =
  '<!doctype html><html><body><h1>Service temporarily unavailable</h1></body></html>';

/** Finds the notice a fault must bring; the words are the contract's. */
function findFaultNotice(kind: FaultNotice, state: PageState): PageNotice | undefined {
  const notices = state.notices.filter((n) => n.role === 'alert' || n.role === 'status');
  switch (kind) {
    case 'data-error':
      return notices.find(isDataErrorNotice);
    case 'timeout':
      return notices.find((n) => !n.inArticle && /not answering/i.test(n.text));
    case 'offline':
      return notices.find((n) => !n.inArticle && /offline/i.test(n.text));
    case 'story-error':
      return notices.find((n) => n.role === 'alert' && (n.inArticle || /\bstory\b/i.test(n.text)));
  }
}

const NOTICE_WORDS: Record<FaultNotice, string> = {
  'data-error': 'an error notice with Retry',
  timeout: 'a notice saying the server is not answering, with Retry',
  offline: 'a notice saying the browser is offline',
  'story-error': 'the figures and a story error notice with Retry',
};

function faultExpectation(fault: NetworkFaultCase): string {
  const during = fault.notice ? NOTICE_WORDS[fault.notice] : 'the figures, no error notice';
  if (fault.recovery === 'retry') return `${during}; after the fault, Retry brings the content`;
  if (fault.recovery === 'online') return `${during}; back online (and Retry), the figures`;
  return during;
}

/** A server whose answer never ends: headers and a few bytes, then silence. */
async function startStallServer(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': '100000',
      'access-control-allow-origin': '*',
    });
    response.write('{"format":"');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/stall`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

interface FaultSwitch {
  active: boolean;
  /** Resolves when the first faulted request arrives. */
  readonly seen: Promise<void>;
}

async function installFault(
  page: Page,
  context: BrowserContext,
  fault: NetworkFaultCase,
  stallUrl: string,
): Promise<FaultSwitch> {
  let markSeen = () => {};
  const state: FaultSwitch = {
    active: true,
    seen: new Promise<void>((resolve) => {
      markSeen = resolve;
    }),
  };
  const matches =
    fault.target === 'data' ? isDataUrl : (url: URL) => new URL(url).pathname.includes('/article/');
  await page.route(matches, async (route: Route) => {
    if (!state.active) return route.fallback();
    markSeen();
    const { fault: f } = fault;
    switch (f.kind) {
      case 'abort':
        return route.abort(f.code);
      case 'status':
        return route.fulfill({ status: f.status, contentType: 'text/plain', body: `${f.status}` });
      case 'html':
        return route.fulfill({ status: 200, contentType: 'text/html', body: HTML_PAGE });
      case 'no-answer':
        return; // held for ever: the request is never continued nor answered
      case 'stalled-body':
        return route.continue({ url: stallUrl });
      case 'slow':
        await delay(f.ms);
        return route.continue().catch(() => {}); // the page may be gone by then
      case 'offline':
        await context.setOffline(true);
        return route.abort('internetdisconnected');
    }
  });
  return state;
}

/**
 * Lets the app's ~20 s timeout pass on Playwright's clock, in steps, so that a timer the app sets
 * a moment after the first request (the preload comes before the app's own fetch) is covered too.
 * Returns how the notice came: by the fake clock, only in real time, or not at all.
 */
async function passTimeout(
  page: Page,
  fault: FaultSwitch,
  startedAt: number,
): Promise<{ how: 'fake clock' | 'real time' | 'never'; state: PageState }> {
  const shown = (s: PageState) => findFaultNotice('timeout', s) !== undefined;
  await Promise.race([fault.seen, delay(15_000)]);
  for (let step = 0; step < 8; step++) {
    await page.clock.runFor(5_000);
    const { met, state } = await observeUntil(page, shown, 250);
    if (met) return { how: 'fake clock', state };
  }
  const { met, state } = await observeUntil(page, shown, 3_000);
  if (met) return { how: 'fake clock', state };
  // The app's timer does not follow the fake clock (say, AbortSignal.timeout): wait it out.
  const late = await observeUntil(page, shown, Math.max(0, startedAt + 35_000 - Date.now()));
  return { how: late.met ? 'real time' : 'never', state: late.state };
}

/**
 * Lifts the fault and takes the notice's way on: its Retry; once back online, the page by itself
 * or whatever the offline notice offers (Retry, or Reload when the app's own code could not load).
 * Then waits for the content.
 */
async function recover(
  page: Page,
  context: BrowserContext,
  fault: NetworkFaultCase,
  faultSwitch: FaultSwitch,
  during: PageState,
): Promise<Problems> {
  faultSwitch.active = false;
  const click = async (words: readonly string[]): Promise<string | null> => {
    const { state } = await observeUntil(page, () => true, 0);
    const current = fault.notice ? findFaultNotice(fault.notice, state) : undefined;
    const word = words.find((w) => current?.buttons.includes(w));
    if (!current || !word) return null;
    await page
      .locator(NOTICE_SELECTOR)
      .nth(current.index)
      .getByRole('button', { name: word, exact: true })
      .click({ timeout: 5_000 });
    return word;
  };
  const recovered =
    fault.target === 'article'
      ? (s: PageState) =>
          s.figures &&
          findFaultNotice('story-error', s) === undefined &&
          s.articleTextLength > during.articleTextLength + 500
      : (s: PageState) => s.figures && !s.notices.some(isDataErrorNotice);

  let clicked: string | null;
  if (fault.recovery === 'online') {
    await context.setOffline(false);
    const byItself = await observeUntil(page, recovered, 3_000);
    if (byItself.met) return [];
    clicked = await click(['Retry', 'Reload']);
  } else {
    clicked = await click(['Retry']);
    if (!clicked) return []; // already reported as 'no Retry' by faultProblems
  }
  const { met, state } = await observeUntil(page, recovered, 15_000);
  const after = clicked ? `15 s after ${clicked}` : '15 s back online, nothing to click';
  return met
    ? []
    : [
        [
          'no recovery',
          `${after}: ${state.figures ? 'figures' : 'no figures'}, ${describeNotices(state)}`,
        ],
      ];
}

function faultProblems(fault: NetworkFaultCase, state: PageState, waitedMs: number): Problems {
  const problems = commonProblems(state);
  const waited = `${Math.round(waitedMs / 1000)} s`;
  if (fault.notice) {
    const notice = findFaultNotice(fault.notice, state);
    if (!notice) {
      problems.push([
        `no ${fault.notice} notice`,
        `after ${waited}: ${state.figures ? 'figures' : 'no figures'}, ${describeNotices(state)}`,
      ]);
    } else if (fault.notice !== 'offline' && !notice.buttons.includes('Retry')) {
      problems.push(['no Retry', `"${clip(printable(notice.text), 200)}"`]);
    }
  } else if (state.notices.some(isDataErrorNotice)) {
    problems.push(['error notice', describeNotices(state)]);
  }
  if (fault.figuresDuringFault && !state.figures) {
    problems.push(['no figures', `after ${waited}: ${describeNotices(state)}`]);
  }
  return problems;
}

async function runFaultCase(
  browser: Browser,
  baseURL: string,
  fault: NetworkFaultCase,
  stallUrl: string,
  notes: string[],
): Promise<CaseRecord> {
  const context = await newContext(browser);
  const page = await context.newPage();
  // The failed requests are ours: Chromium logs each as "Failed to load resource".
  const watched = watch(page, /Failed to load resource/);
  try {
    const faultSwitch = await installFault(page, context, fault, stallUrl);
    if (fault.fakeClock) await page.clock.install();
    const startedAt = Date.now();
    await page.goto(baseURL, { waitUntil: 'domcontentloaded' });

    let state: PageState;
    if (fault.fakeClock) {
      const passed = await passTimeout(page, faultSwitch, startedAt);
      notes.push(
        `${fault.name}: the timeout notice came ${passed.how === 'never' ? 'never' : `by ${passed.how}`}`,
      );
      state = passed.state;
    } else {
      const wanted = (s: PageState) =>
        (fault.notice === null || findFaultNotice(fault.notice, s) !== undefined) &&
        (!fault.figuresDuringFault || s.figures);
      state = (await observeUntil(page, wanted, 15_000)).state;
    }
    const problems = faultProblems(fault, state, Date.now() - startedAt);
    const noticeShown = fault.notice !== null && findFaultNotice(fault.notice, state) !== undefined;
    if (fault.recovery && noticeShown) {
      problems.push(...(await recover(page, context, fault, faultSwitch, state)));
    }
    return {
      caseName: fault.name,
      expected: faultExpectation(fault),
      problems,
      blank: isBlank(state),
      noticeExpected: fault.notice !== null,
      noticeShown,
      watch: watched,
    };
  } catch (error) {
    const noticeExpected = fault.notice !== null;
    return harnessFailure(fault.name, faultExpectation(fault), noticeExpected, error, watched);
  } finally {
    await context.close();
  }
}

/** Each network fault in a fresh browser context, then its recovery. */
export async function runNetworkFaultCases(
  browser: Browser,
  baseURL: string,
  faults: readonly NetworkFaultCase[],
  concurrency = DEFAULT_CONCURRENCY,
): Promise<FamilyResult> {
  const result = emptyResult('network faults');
  const stall = await startStallServer();
  const records = new Map<NetworkFaultCase, CaseRecord>();
  const notes: string[] = [];
  try {
    await forEachLimited(faults, concurrency, async (fault) => {
      records.set(fault, await runFaultCase(browser, baseURL, fault, stall.url, notes));
    });
  } finally {
    stall.close();
  }
  for (const fault of faults) {
    const entry = records.get(fault);
    if (entry) record(result, entry);
  }
  result.notes.push(...notes.sort());
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report

const COLUMNS = [
  ['family', 16],
  ['tried', 7],
  ['page errors', 13],
  ['console errors', 16],
  ['blank pages', 13],
  ['notices expected', 18],
  ['notices shown', 15],
  ['failures', 8],
] as const;

export function formatTable(results: readonly FamilyResult[]): string {
  const row = (cells: readonly (string | number)[]) =>
    cells
      .map((cell, i) => String(cell).padEnd(COLUMNS[i]?.[1] ?? 8))
      .join('')
      .trimEnd();
  return [
    row(COLUMNS.map(([name]) => name)),
    ...results.map((r) =>
      row([
        r.family,
        r.tried,
        r.pageErrors,
        r.consoleErrors,
        r.blankPages,
        r.noticesExpected,
        r.noticesShown,
        r.failures.length,
      ]),
    ),
  ].join('\n');
}

/** How many failing cases of each family show each kind of problem, most common first. */
export function formatFailureKinds(results: readonly FamilyResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    const counts = new Map<string, number>();
    for (const failure of result.failures) {
      for (const kind of failure.kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    for (const [kind, count] of [...counts].sort((a, b) => b[1] - a[1])) {
      lines.push(`${result.family}: ${count} × ${kind}`);
    }
  }
  return lines;
}

/**
 * One line per failing case, at most `cap`, taken in turn from each (family, first kind) group so
 * that a few thousand failures of one kind do not hide the one failure of another.
 */
export function formatFailures(results: readonly FamilyResult[], cap = 50): string[] {
  const groups = new Map<string, Failure[]>();
  for (const failure of results.flatMap((r) => r.failures)) {
    const key = `${failure.family}|${failure.kinds[0] ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  const queues = [...groups.values()];
  const picked: Failure[] = [];
  for (let round = 0; picked.length < cap && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const failure = queue[round];
      if (failure && picked.length < cap) picked.push(failure);
    }
  }
  const total = results.reduce((sum, r) => sum + r.failures.length, 0);
  const lines = picked.map((f) =>
    clip(`${f.family} | ${f.caseName} | expected: ${f.expected} | got: ${f.happened}`, 600),
  );
  if (total > picked.length) lines.push(`… and ${total - picked.length} more failing cases`);
  return lines;
}

export const hasFailures = (results: readonly FamilyResult[]): boolean =>
  results.some((r) => r.failures.length > 0);
