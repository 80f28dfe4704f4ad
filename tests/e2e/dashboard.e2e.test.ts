import { describe, expect, it } from 'vitest';
import { cardValue, DESKTOP, PHONE, setUpHarness, takenOver } from './harness';

const harness = setUpHarness();

describe('the dashboard (production build, headless Chromium)', () => {
  it("shows the latest report's figures in the cards", async () => {
    const page = await harness.open('/');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('9,670');
    expect(await page.locator('.page-header__date').textContent()).toBe('3 Feb 2023');
    // The official total is not known after 2022-03-11: said so, with JHU's figure beside it.
    expect(await cardValue(page, 'Total cases').textContent()).toBe('Not reported');
    const jhu = page
      .getByRole('region', { name: 'Total cases', exact: true })
      .getByTestId('stat-alternative');
    await expect.poll(() => jhu.textContent()).toContain('JHU: 21,668,261');
    // The first is prerendered; the two below it are drawn once the page is taken over.
    await expect.poll(() => page.locator('svg.day-chart').count()).toBe(3);
  });

  it("activating the story's 11,231 shows the report of 2020-05-07 in the cards and charts", async () => {
    const page = await harness.open('/');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('9,670');
    await page.getByRole('button', { name: /^11,231/ }).click();
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('11,231');
    expect(await cardValue(page, 'Total cases').textContent()).toBe('177,160');
    expect(await cardValue(page, 'Total deaths').textContent()).toBe('1,625');
    expect(new URL(page.url()).search).toBe('?focus=2020-05-07');
    expect(await page.locator('.focus-dot').count()).toBe(3);
  });

  it("checks the story's figures in a worker, not on the page's thread", async () => {
    const page = await harness.open('/');
    await expect
      .poll(() => page.locator('button.claim-mark[data-verdict=verified]').count())
      .toBeGreaterThanOrEqual(6);
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    // The worker's script ran the check; the engine's chunk for the page's own thread (where
    // there is no worker, or it fails) was not needed.
    expect(scripts.some((path) => /\/story-engine\.worker-[\w-]+\.js$/.test(path))).toBe(true);
    expect(scripts.filter((path) => /\/story-engine-answer-[\w-]+\.js$/.test(path))).toEqual([]);
  });

  it("checks the story's figures on the page's thread when the worker cannot start", async () => {
    const context = await harness.newContext(DESKTOP, { serviceWorkers: 'block' });
    await context.route('**/story-engine.worker-*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${harness.baseURL}/`);
    await takenOver(page);
    await expect
      .poll(() => page.locator('button.claim-mark[data-verdict=verified]').count())
      .toBeGreaterThanOrEqual(6);
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(scripts.filter((path) => /\/story-engine-answer-[\w-]+\.js$/.test(path))).toHaveLength(
      1,
    );
  });

  it('works with the keyboard alone: Tab to the figure, Enter to focus its date', async () => {
    const page = await harness.open('/');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('9,670');
    const mark = page.getByRole('button', { name: /^1,600/ });
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cardValue(page, 'Total deaths').textContent()).toBe('1,625');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('key-figures-heading');
  });

  it('hovering a chart shows the day and its exact figures', async () => {
    const page = await harness.open('/?from=2020-05-03&to=2020-05-07');
    const plot = page.locator('[data-chart-panel=daily-cases] .time-series-chart');
    await plot.waitFor();
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    if (!box) throw new Error('no plot');
    // Five days across the plot: the last fifth is 7 May.
    await page.mouse.move(box.x + box.width - 40, box.y + 150);
    const card = page.locator('[data-chart-panel=daily-cases] .chart-tooltip');
    await expect.poll(() => card.textContent()).toContain('Report of 7 May 2020');
    expect(await card.textContent()).toContain('New cases: 11,231');
    expect(await card.textContent()).toContain("The story's figures come from this report.");
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const page = await harness.open('/', PHONE);
    await page.locator('svg.day-chart').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('explains a failed data download, keeps the story, and recovers on Retry', async () => {
    const context = await harness.newContext();
    let fail = true;
    await context.route('**/data/**/*.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
    );
    const page = await context.newPage();
    // The failed request itself is logged by Chromium as a console error; that one is expected.
    await page.goto(`${harness.baseURL}/`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('the server answered 503');
    await page.getByText(/Russia’s new coronavirus epidemic continues/).waitFor();
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('9,670');
  });
});
