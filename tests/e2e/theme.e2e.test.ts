/**
 * The dark theme: the system's setting followed from the first paint (with or without our
 * scripts), the switch in the header remembered on the device, both languages, and axe in both
 * themes.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type PageProblems, watchedPage } from '../../scripts/lib/browser';
import { axeViolations } from './axe';
import { DESKTOP, PHONE, setUpHarness, takenOver } from './harness';

const harness = setUpHarness();

/** The page's background (global.css: --surface), light and dark. */
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
const DARK_BACKGROUND = 'rgb(20, 24, 29)';

const problems: PageProblems[] = [];
afterEach(() => {
  const errors = problems.splice(0).flatMap((p) => p.errors);
  expect(errors, 'console errors or uncaught page errors').toEqual([]);
});

/** Opens `path` in a fresh context whose system prefers `scheme`. */
async function openIn(
  scheme: 'light' | 'dark',
  path = '/',
  viewport: { width: number; height: number } = DESKTOP,
  serviceWorkers: 'allow' | 'block' = 'allow',
): Promise<Page> {
  const context = await harness.newContext(viewport, { serviceWorkers });
  const { page, problems: pageProblems } = await watchedPage(context);
  problems.push(pageProblems);
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${harness.baseURL}${path}`);
  await takenOver(page);
  return page;
}

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const dataTheme = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-theme'));
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('theme'));
const themeSelect = (page: Page, name = 'Theme') =>
  page.locator('header').getByRole('combobox', { name, exact: true });

/** Waits for the key figures, then scrolls through the page so that every panel is drawn. */
async function settled(page: Page) {
  await page
    .locator('[data-chart-panel=daily-deaths] .daily-bars path')
    .first()
    .waitFor({ state: 'attached' });
  const map = page.locator('section[aria-labelledby=map-heading]');
  await map.scrollIntoViewIfNeeded();
  await map.locator('svg.choropleth').waitFor();
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  await page.getByText(/Russia’s new coronavirus epidemic continues/).waitFor();
  return map;
}

describe('the dark theme (production build, headless Chromium)', () => {
  it('follows a dark system from the first paint, even without JavaScript', async () => {
    const base = await harness.newContext();
    const browser = base.browser();
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${harness.baseURL}/`);
      // The prerendered page and its inlined stylesheet alone: no script ran, not even ours.
      expect(await dataTheme(page)).toBeNull();
      expect(await background(page)).toBe(DARK_BACKGROUND);
      const label = page.locator('.stat-card__label').first();
      expect(await label.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(230, 233, 237)');
    } finally {
      await context.close();
    }
  });

  it('follows the system as it changes while no theme is chosen', async () => {
    const page = await openIn('dark');
    await page.locator('[data-testid=stat-value]').first().waitFor();
    expect(await dataTheme(page)).toBeNull();
    expect(await background(page)).toBe(DARK_BACKGROUND);
    expect(await themeSelect(page).inputValue()).toBe('system');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_BACKGROUND);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe(DARK_BACKGROUND);
  });

  it('axe finds no violations in dark, with the map, a chart table and the comparison', async () => {
    const page = await openIn('dark', '/?table=daily-cases&compare=RU-MOW,RU-SPE');
    const map = await settled(page);
    await map.getByRole('button', { name: 'Show table' }).click();
    await page.locator('[data-chart-panel=daily-cases] table').waitFor();
    expect(await background(page)).toBe(DARK_BACKGROUND);
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);

  it('axe finds no violations in dark on a phone, with a notice and the view controls open', async () => {
    const page = await openIn('dark', '/?from=banana&focus=2022-10-03', PHONE);
    await page.locator('.notice--warning').waitFor();
    await page.locator('[data-testid=stat-value]').first().waitFor();
    await page.locator('.view-bar__toggle').click();
    await page.locator('.view-bar__panel .date-filter').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the switch chooses Light over a dark system, remembered across a reload', async () => {
    const page = await openIn('dark');
    await page.locator('[data-testid=stat-value]').first().waitFor();
    await themeSelect(page).selectOption({ label: 'Light' });
    expect(await dataTheme(page)).toBe('light');
    expect(await background(page)).toBe(LIGHT_BACKGROUND);
    expect(await stored(page)).toBe('light');

    await page.reload();
    await takenOver(page);
    await page.locator('[data-testid=stat-value]').first().waitFor();
    expect(await dataTheme(page)).toBe('light');
    expect(await background(page)).toBe(LIGHT_BACKGROUND);
    await expect.poll(() => themeSelect(page).inputValue()).toBe('light');
    // A chosen theme holds when the system changes.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe(LIGHT_BACKGROUND);

    // And the light theme passes axe too, with the map drawn.
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);

    // Back to the system's: nothing stored, dark again.
    await themeSelect(page).selectOption('system');
    expect(await dataTheme(page)).toBeNull();
    expect(await stored(page)).toBeNull();
    expect(await background(page)).toBe(DARK_BACKGROUND);
  });

  it('a chosen theme is in force before any of the page’s modules has run', async () => {
    // Without the service worker, which would serve the held-back scripts from its cache.
    const page = await openIn('light', '/', DESKTOP, 'block');
    await page.locator('[data-testid=stat-value]').first().waitFor();
    await themeSelect(page).selectOption({ label: 'Dark' });
    expect(await background(page)).toBe(DARK_BACKGROUND);
    // Reload with the page's scripts held back: only the inline script in the head can act.
    await page.route('**/assets/*.js', () => {});
    await page.reload({ waitUntil: 'commit' });
    await page.locator('.page-header').waitFor({ state: 'attached' });
    // The prerendered switch says "Auto": the stored choice shows only once the modules have run.
    expect(await themeSelect(page).inputValue()).toBe('system');
    expect(await dataTheme(page)).toBe('dark');
    expect(await background(page)).toBe(DARK_BACKGROUND);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  it('is labelled in Russian on the Russian page, and the choice holds across the languages', async () => {
    const page = await openIn('light', '/ru/');
    await page.locator('[data-testid=stat-value]').first().waitFor();
    const select = themeSelect(page, 'Тема');
    expect(await select.locator('option').allTextContents()).toEqual([
      'Как в системе',
      'Светлая',
      'Тёмная',
    ]);
    await select.selectOption({ label: 'Тёмная' });
    expect(await background(page)).toBe(DARK_BACKGROUND);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${harness.baseURL}/`);
    await takenOver(page);
    await page.locator('[data-testid=stat-value]').first().waitFor();
    expect(await dataTheme(page)).toBe('dark');
    expect(await background(page)).toBe(DARK_BACKGROUND);
    const english = themeSelect(page);
    expect(await english.locator('option').allTextContents()).toEqual([
      'Auto (system)',
      'Light',
      'Dark',
    ]);
    await expect.poll(() => english.inputValue()).toBe('dark');
  });

  it('is reached and changed with the keyboard', async () => {
    const page = await openIn('light');
    await page.locator('[data-testid=stat-value]').first().waitFor();
    const select = themeSelect(page);
    // The skip link, then the theme.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
    // Arrow keys change a closed select's value in Chromium on Linux/Windows.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dataTheme(page)).toBe('dark');
    expect(await stored(page)).toBe('dark');
  });
});
