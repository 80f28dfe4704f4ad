/**
 * Shared set-up of an end-to-end test file: one browser per file, a fresh context per test,
 * and a check after each test that no page logged a console error or threw.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import {
  launchBrowser,
  type PageProblems,
  TAKEN_OVER,
  watchedPage,
} from '../../scripts/lib/browser';

export interface Harness {
  /** Opens `path` (e.g. '/?from=...') of the production build in a fresh context. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<Page>;
  /**
   * A second, separate browser context: a stranger opening a shared link. `serviceWorkers:
   * 'block'` for a test that holds back the page's files (a worker would serve them saved).
   */
  newContext(
    viewport?: { width: number; height: number },
    options?: { serviceWorkers: 'allow' | 'block' },
  ): Promise<BrowserContext>;
  readonly baseURL: string;
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export function setUpHarness(): Harness {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const problems: PageProblems[] = [];
  const baseURL = inject('baseURL').replace(/\/$/, '');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const errors = problems.flatMap((p) => p.errors);
    problems.length = 0;
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(errors, 'console errors or uncaught page errors').toEqual([]);
  });

  const newContext = async (
    viewport = DESKTOP,
    options: { serviceWorkers: 'allow' | 'block' } = { serviceWorkers: 'allow' },
  ) => {
    // en-US fixes the order of the parts of a date field (mm/dd/yyyy) for keyboard tests.
    const context = await browser.newContext({ viewport, locale: 'en-US', ...options });
    contexts.push(context);
    return context;
  };

  return {
    baseURL,
    newContext,
    async open(path = '/', viewport = DESKTOP) {
      const context = await newContext(viewport);
      const { page, problems: pageProblems } = await watchedPage(context);
      problems.push(pageProblems);
      await page.goto(`${baseURL}${path}`);
      await takenOver(page);
      return page;
    },
  };
}

/** Waits until the page's code has taken over the prerendered HTML (see TAKEN_OVER). */
export async function takenOver(page: Page): Promise<void> {
  await page.waitForFunction(TAKEN_OVER);
}

/** The big number of the stat card with this accessible name. */
export function cardValue(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true }).getByTestId('stat-value');
}

/** Opens the view's controls (place, figures, source, dates, sharing) under the bar at the top. */
export async function openViewControls(page: Page) {
  const toggle = page.locator('.view-bar__toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Closes them again (Escape), so that they no longer cover the page below the bar. */
export async function closeViewControls(page: Page) {
  await page.keyboard.press('Escape');
  await page.locator('.view-bar__toggle[aria-expanded="false"]').waitFor();
}
