import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type PageProblems, watchedPage } from './browser';

let browser: Browser;
let context: BrowserContext;
let problems: PageProblems;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
});
afterEach(async () => {
  await context.close();
  expect(problems.errors, 'console or page errors').toEqual([]);
});

describe('the production build', () => {
  it('loads the shipped data and shows the latest report and its totals', async () => {
    const watched = await watchedPage(context);
    problems = watched.problems;
    const { page } = watched;
    await page.goto(inject('baseURL'));
    await expect
      .poll(() => page.locator('.page-header__latest').textContent())
      .toContain('20 Jan 2022');
    const totals = await page.locator('dl.totals').textContent();
    expect(totals).toContain('10,938,261');
    expect(totals).toContain('324,060');
  });
});
