/**
 * The first screen: what a new visitor sees without scrolling, on a desk and on a phone, and the
 * view's controls kept within reach while the page scrolls.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, setUpHarness } from './harness';

const harness = setUpHarness();

/** The element's box, checked to lie inside the viewport (no scrolling). */
async function inViewport(page: Page, selector: string, nth = 0) {
  const box = await page.locator(selector).nth(nth).boundingBox();
  const viewport = page.viewportSize();
  expect(box, selector).not.toBeNull();
  if (!box || !viewport) return;
  expect(box.y, `${selector} top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${selector} bottom`).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width, `${selector} right`).toBeLessThanOrEqual(viewport.width);
}

const PLOT = '[data-chart-panel=daily-cases] .chart-panel__plot';

describe('the first screen (production build, headless Chromium)', () => {
  for (const [language, path, dates] of [
    ['English', '/', '31 Jan 2020 – 3 Feb 2023'],
    ['Russian', '/ru/', '31 янв. 2020 г. – 3 февр. 2023 г.'],
  ] as const) {
    it(`at 1440x900 (${language}): the title, the place and dates, all six key figures and the daily cases plot`, async () => {
      const page = await harness.open(path, DESKTOP);
      await page.locator(`${PLOT} svg.day-chart`).waitFor();
      await inViewport(page, 'h1');
      await inViewport(page, '[data-testid=view-summary]');
      expect(await page.getByTestId('view-summary').textContent()).toContain(dates);
      for (let i = 0; i < 6; i++) await inViewport(page, '.stat-card', i);
      await inViewport(page, PLOT);
    });
  }

  it('at 390x844: the place and dates and the first two key figures, the chart one short scroll below', async () => {
    const page = await harness.open('/', PHONE);
    await page.locator(`${PLOT} svg.day-chart`).waitFor();
    await inViewport(page, '[data-testid=view-summary]');
    await inViewport(page, '.stat-card', 0);
    await inViewport(page, '.stat-card', 1);
    const plot = await page.locator(PLOT).boundingBox();
    // Its top within the next screen's height: one scroll, not a search.
    expect(plot?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(2 * PHONE.height);
  });

  it('keeps the view bar at the top while scrolling, its controls one press away, nothing trapped', async () => {
    const page = await harness.open('/?from=2020-05-03&to=2020-05-07', DESKTOP);
    await page.locator(`${PLOT} svg.day-chart`).waitFor();
    await page.locator('#corrections-heading').scrollIntoViewIfNeeded();
    const bar = await page.locator('.view-bar').boundingBox();
    expect(bar?.y).toBe(0);
    // It covers no more than a strip of the screen.
    expect(bar?.height ?? 0).toBeLessThan(80);
    const toggle = page.getByRole('button', { name: 'Change place or dates' });
    await toggle.click();
    await page.getByRole('button', { name: 'All data' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    // Escape closes the controls and gives focus back; Tab goes on to the page.
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('view-bar__toggle')),
    ).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.view-bar'))).toBeNull();
  });
});
