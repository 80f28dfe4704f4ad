/**
 * The first paint is the answer: the default view's figures and charts are in each language's
 * HTML, React takes them over without drawing them again, and a link to another view never shows
 * the default view's figures as if they were its own.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRERENDERED_PLOT_WIDTH } from '../../src/features/charts/chart-panel';
import type { ChartId } from '../../src/view-state/charts';
import { cardValue, DESKTOP, PHONE, setUpHarness, takenOver } from './harness';

const harness = setUpHarness();

/** A page whose own scripts never arrive: what shows is the HTML and the inline script alone. */
async function withoutModules(path: string, viewport = DESKTOP): Promise<Page> {
  const context = await harness.newContext(viewport, { serviceWorkers: 'block' });
  await context.route('**/assets/*.js', () => {});
  const page = await context.newPage();
  // Not 'domcontentloaded': that event waits for the module scripts, which never come.
  await page.goto(`${harness.baseURL}${path}`, { waitUntil: 'commit' });
  await page.locator('.range-totals').waitFor({ state: 'attached' });
  return page;
}

/** Counts every change to the charts' SVG from the end of parsing on. */
const COUNT_CHART_CHANGES = `
  window.__chartChanges = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const record of records) {
        const node = record.target.nodeType === 1 ? record.target : record.target.parentElement;
        if (node?.closest('svg.day-chart')) window.__chartChanges.push(record.type);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

describe('the prerendered page (production build, headless Chromium)', () => {
  for (const [language, path, newCases, newDeaths] of [
    ['English', '/', '9,670', '46'],
    ['Russian', '/ru/', '9\u00a0670', '46'],
  ] as const) {
    it(`holds the latest report's key figures and the first screen's chart before any module has run (${language})`, async () => {
      const page = await withoutModules(path);
      const values = await page.getByTestId('stat-value').allTextContents();
      expect(values[0]).toBe(newCases);
      expect(values[2]).toBe(newDeaths);
      // The daily cases, drawn with their data: 1,100 days of bars and the average's line.
      const daily = page.locator('[data-chart-panel=daily-cases]');
      const bars = (
        await daily
          .locator('.daily-bars path')
          .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')))
      ).join('');
      expect(bars.match(/M/g)?.length ?? 0).toBeGreaterThan(1000);
      expect(await daily.locator('.series-line path').first().getAttribute('d')).toMatch(
        /^M[\d.]+ [\d.]+L/,
      );
      // The two plots below the first screen are placeholders until the page is taken over; their
      // titles and summaries are there.
      expect(await page.locator('svg.day-chart').count()).toBe(1);
      expect(
        await page.locator('[data-chart-panel=total-cases] .chart-panel__summary').textContent(),
      ).toMatch(/\d/);
      // The totals of the dates shown are there too.
      expect(await page.locator('.range-totals').textContent()).toMatch(/\d/);
    });
  }

  it('is taken over on a desk without a change to its chart, at the width it was drawn at', async () => {
    const context = await harness.newContext(DESKTOP, { serviceWorkers: 'block' });
    await context.addInitScript(COUNT_CHART_CHANGES);
    const page = await context.newPage();
    await page.goto(`${harness.baseURL}/`);
    await takenOver(page);
    // Given time to measure the plot (a different width would draw it again), and to draw the two
    // below it, which come as new elements (not changes inside a prerendered chart).
    await page.locator('svg.day-chart').nth(2).waitFor();
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { __chartChanges: string[] }).__chartChanges),
    ).toEqual([]);
    for (const [id, width] of Object.entries(PRERENDERED_PLOT_WIDTH)) {
      const box = await page
        .locator(`[data-chart-panel=${id as ChartId}] .chart-panel__plot`)
        .boundingBox();
      expect(box?.width, id).toBe(width);
    }
    // It responds: the log scale redraws the cumulative chart.
    await page
      .locator('[data-chart-panel=total-cases]')
      .getByRole('button', { name: 'Log' })
      .click();
    await expect
      .poll(() => page.locator('[data-chart-panel=total-cases] h3').textContent())
      .toContain('Cumulative');
    await expect
      .poll(() => page.locator('[data-chart-panel=total-cases] .chart-legend').textContent())
      .toContain('(log scale)');
  });

  it("asks for the page's code only once its first paint is on screen, then takes the page over", async () => {
    const page = await harness.open('/');
    await takenOver(page);
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ name: entry.name, start: entry.startTime })),
    }));
    expect(timing.paint).not.toBeNull();
    // The entry, its start chunk and the runtime at least; each requested after the paint.
    expect(timing.scripts.length).toBeGreaterThanOrEqual(3);
    for (const script of timing.scripts) {
      expect(script.start, script.name).toBeGreaterThanOrEqual(timing.paint ?? Number.NaN);
    }
  });

  it('answers the buttons pressed before its code arrived, once it has taken the page over', async () => {
    const context = await harness.newContext(DESKTOP, { serviceWorkers: 'block' });
    // The page's code is held back until the buttons have been pressed.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route('**/assets/*.js', async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${harness.baseURL}/`, { waitUntil: 'commit' });
    const daily = page.locator('[data-chart-panel=daily-cases]');
    const total = page.locator('[data-chart-panel=total-cases]');
    await total.getByRole('button', { name: 'Log' }).click();
    await daily.getByRole('button', { name: 'Show table' }).click();
    // Nothing listens yet.
    expect(await total.locator('.chart-legend').textContent()).not.toContain('(log scale)');
    release();
    await takenOver(page);
    await expect.poll(() => total.locator('.chart-legend').textContent()).toContain('(log scale)');
    expect(await total.getByRole('button', { name: 'Log' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await expect.poll(() => daily.getByRole('table').count()).toBe(1);
  });

  it('on a phone, shows a placeholder for a plot drawn for a desk until it is drawn at its width', async () => {
    const page = await withoutModules('/', PHONE);
    const plot = page.locator('[data-chart-panel=daily-cases] .chart-panel__plot');
    expect(await plot.getAttribute('data-width-assumed')).toBe('');
    expect(await plot.locator('svg').evaluate((svg) => getComputedStyle(svg).visibility)).toBe(
      'hidden',
    );
    const live = await harness.open('/', PHONE);
    const livePlot = live.locator('[data-chart-panel=daily-cases] .chart-panel__plot');
    await expect.poll(() => livePlot.getAttribute('data-width-assumed')).toBeNull();
    const [frame, svg] = await Promise.all([
      livePlot.boundingBox(),
      livePlot.locator('svg').boundingBox(),
    ]);
    expect(svg?.width).toBe(frame?.width);
  });

  it("a link to another view hides the default view's figures until it has drawn its own", async () => {
    const held = await withoutModules('/?region=RU-MOW');
    // Hidden, or its text drawn transparent over a placeholder's background.
    const hidden = (selector: string) =>
      held
        .locator(selector)
        .first()
        .evaluate((element) => {
          const style = getComputedStyle(element);
          return style.visibility === 'hidden' || style.color === 'rgba(0, 0, 0, 0)'
            ? 'hidden'
            : 'visible';
        });
    // The default view's figures are in the HTML, but not to be seen.
    expect(await held.getByTestId('stat-value').first().textContent()).toBe('9,670');
    expect(await hidden('[data-testid=stat-value]')).toBe('hidden');
    expect(await hidden('[data-testid=view-summary] strong')).toBe('hidden');
    expect(await hidden('[data-chart-panel=daily-cases] svg')).toBe('hidden');
    // The headings that do not depend on the view stay.
    expect(await hidden('h1')).toBe('visible');

    const page = await harness.open('/?region=RU-MOW');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('2,800');
    expect(await page.getByTestId('view-summary').locator('strong').textContent()).toBe('Moscow');
    expect(
      await cardValue(page, 'New cases').evaluate(
        (element) => getComputedStyle(element).visibility,
      ),
    ).toBe('visible');
  });
});
