/**
 * Taking the figures elsewhere: on paper, as images, in another page (an embed).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { cardValue, setUpHarness } from './harness';

const harness = setUpHarness();

describe('to take away (production build, headless Chromium)', () => {
  it('printing shows the view shown, without its controls', async () => {
    const page = await harness.open('/?from=2020-05-03&to=2020-05-07');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('11,231');
    await page.locator('[data-chart-panel=daily-cases] svg.day-chart').waitFor();
    // The footer loads right after the first screen.
    await page.locator('.page-footer').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const shown of [
      'h1',
      '[data-testid=view-summary]',
      '.key-figures',
      '[data-chart-panel=daily-cases] svg.day-chart',
      '.page-footer',
    ]) {
      expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    }
    expect(await page.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await page.locator('.language-switch').isVisible()).toBe(false);
    expect(await page.locator('section[aria-labelledby=map-heading]').isVisible()).toBe(false);
    // The chart fits the paper's width (A4 less margins is about 700 CSS px).
    const plot = await page.locator('[data-chart-panel=daily-cases] svg.day-chart').boundingBox();
    expect(plot?.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('downloads a chart as SVG and as PNG at twice its size, with its title, source and address', async () => {
    const page = await harness.open('/?from=2020-05-03&to=2020-05-07');
    const chart = page.locator('[data-chart-panel=daily-cases]');
    await chart.locator('svg.day-chart').waitFor();
    await chart.getByRole('button', { name: 'Download or embed' }).click();
    const svg = await downloaded(page, chart.getByRole('button', { name: 'Download SVG' }));
    expect(svg.name).toBe('russia-daily-cases-2020-05-03_2020-05-07.svg');
    const text = svg.bytes.toString('utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('Daily new cases');
    expect(text).toContain('Russia · 3–7 May 2020 · Official daily reports');
    expect(text).toContain('k0ka/covid19-russia-data');
    expect(text).toContain('/?from=2020-05-03&amp;to=2020-05-07');
    expect(text).not.toContain('var(--'); // every colour written out, light theme
    const width = Number(/width="(\d+)"/.exec(text)?.[1]);
    const height = Number(/height="(\d+)"/.exec(text)?.[1]);
    expect(width).toBeGreaterThan(300);

    const png = await downloaded(page, chart.getByRole('button', { name: 'Download PNG' }));
    expect(png.name).toBe('russia-daily-cases-2020-05-03_2020-05-07.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
    expect(png.bytes.readUInt32BE(16)).toBe(width * 2);
    expect(png.bytes.readUInt32BE(20)).toBe(height * 2);
  });

  it('gives the embed code of a chart, and embed= shows that chart alone with a way to the whole dashboard', async () => {
    const page = await harness.open('/?from=2020-05-03&to=2020-05-07');
    const chart = page.locator('[data-chart-panel=total-cases]');
    await chart.locator('svg.day-chart').waitFor();
    await chart.getByRole('button', { name: 'Download or embed' }).click();
    const code = await chart
      .getByLabel('Embed this chart in a page (copy this code):')
      .inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(new URL(src).search).toBe('?from=2020-05-03&to=2020-05-07&embed=total-cases');
    expect(code).toContain('title="Cumulative cases"');

    const embedded = await harness.open(new URL(src).pathname + new URL(src).search, {
      width: 600,
      height: 560,
    });
    await embedded.locator('[data-chart-panel=total-cases] svg.day-chart').waitFor();
    expect(await embedded.locator('[data-chart-panel]').count()).toBe(1);
    expect(await embedded.locator('header, footer, .view-bar, .key-figures').count()).toBe(0);
    expect(await embedded.locator('.embed__place').textContent()).toContain(
      'Official daily reports',
    );
    const full = embedded.getByRole('link', { name: 'Open the full dashboard' });
    // Relative to the page: the same page, the same view, without embed.
    expect(await full.getAttribute('href')).toBe('?from=2020-05-03&to=2020-05-07');
    expect(await full.getAttribute('target')).toBe('_top');
    // It fits the iframe's width.
    expect(await embedded.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      600,
    );
    expect(await axeViolations(embedded)).toEqual([]);
  });
});

/** Clicks `button` and returns the file the page offers. */
async function downloaded(page: Page, button: ReturnType<Page['locator']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}
