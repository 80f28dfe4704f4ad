/**
 * Launches headless Chromium for the end-to-end tests and benchmarks, and watches every page for
 * console errors and uncaught exceptions, which fail the test that caused them.
 *
 * Which Chromium: $CHROME_PATH, else a system one (Debian's `chromium`), else the one shipped in
 * the @sparticuz/chromium package, so that `npm ci && npm test` works on a machine without one.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Flags for a sandboxed machine without network, run as root. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/** Everything a page said on its console at error level, and every uncaught exception. */
export interface PageProblems {
  readonly errors: string[];
}

/** Opens a page that records its console errors and page errors into `problems`. */
export async function watchedPage(
  context: BrowserContext,
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`page error: ${error.message}`));
  // An alert, confirm or prompt can only come from script we did not write (say, from a link).
  page.on('dialog', (dialog) => {
    problems.errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, problems };
}

/**
 * Run in the page (a function, not a string: the pages' Content-Security-Policy forbids eval):
 * true once its code has taken over the prerendered HTML (or drawn the page anew). React takes
 * the page over in a transition, in short tasks, and gives each element it has taken over a
 * `__reactFiber$…` key; once the page's last element has one, the takeover is committed (the rest
 * of it runs in the same task). A page drawn anew replaces the prerendered elements, whose last
 * one never gets the key. Until then the page's controls may not respond.
 */
export const TAKEN_OVER = (): boolean => {
  let last = document.getElementById('root')?.lastElementChild ?? null;
  while (last?.lastElementChild) last = last.lastElementChild;
  return last !== null && Object.keys(last).some((key) => key.startsWith('__reactFiber$'));
};
