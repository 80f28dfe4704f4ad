import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { cardValue, openViewControls, setUpHarness } from './harness';

const harness = setUpHarness();
const search = (page: Page) => new URL(page.url()).search;

async function ready(page: Page) {
  await page.locator('[data-testid=stat-value]').first().waitFor();
}

describe('the whole pandemic, from two sources (production build, headless Chromium)', () => {
  it('?focus=2022-02-11 shows the Omicron record: 203,949 new, 13,731,794 in all, 338,813 deaths', async () => {
    const page = await harness.open('/?focus=2022-02-11');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('203,949');
    expect(await cardValue(page, 'Total cases').textContent()).toBe('13,731,794');
    expect(await cardValue(page, 'Total deaths').textContent()).toBe('338,813');
    expect(await page.title()).toBe('Russia COVID-19 · all reports, report of 11 Feb 2022');
  });

  it("?source=jhu&focus=2021-11-06 shows JHU's figures for that report, named as JHU's", async () => {
    const page = await harness.open('/?source=jhu&focus=2021-11-06');
    // JHU: 8,613,533 in all, 40,210 new (derived from its totals), 241,095 deaths
    await expect.poll(() => cardValue(page, 'Total cases').textContent()).toBe('8,613,533');
    expect(await cardValue(page, 'New cases').textContent()).toBe('40,210');
    expect(await cardValue(page, 'Total deaths').textContent()).toBe('241,095');
    expect(
      await page.getByRole('region', { name: 'New cases', exact: true }).textContent(),
    ).toContain('derived from the totals');
    expect(await page.getByTestId('view-summary').textContent()).toContain(
      'Johns Hopkins University CSSE',
    );
    await openViewControls(page);
    expect(await page.title()).toContain('JHU');
    const jhuButton = page.getByRole('button', { name: 'Johns Hopkins University CSSE' });
    expect(await jhuButton.getAttribute('aria-pressed')).toBe('true');
    // Back to the official reports: the same report date, the official figures.
    await page.getByRole('button', { name: 'Official daily reports' }).click();
    await expect.poll(() => search(page)).toBe('?focus=2021-11-06');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('41,335');
  });

  it('a day without a report shows "Not reported" and a gap on the chart, never 0', async () => {
    const page = await harness.open('/?from=2022-09-01&to=2022-10-31&focus=2022-10-01');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('Not reported');
    const card = page.getByRole('region', { name: 'New cases', exact: true });
    expect(await card.textContent()).toContain('No usable report for this date');
    const chart = page.locator('[data-chart-panel=daily-cases]');
    await chart.locator('.gap-band').first().waitFor();
    // 2022-09-20 and 2022-09-22 .. 10-16: two hatched bands
    expect(await chart.locator('.gap-band').count()).toBe(2);
    expect(await chart.locator('figcaption').textContent()).toContain(
      '26 of the 61 report dates have no report',
    );
    await chart.getByRole('button', { name: 'Show table' }).click();
    expect(await chart.locator('caption').textContent()).toContain(
      '26 of the 61 report dates have no report.',
    );
    const row = chart.getByRole('row', { name: /^1 Oct 2022 / });
    expect(await row.textContent()).toContain('Not reported');
    expect(await row.textContent()).toContain('No report for this date');
  });

  it('the Sources panel and the corrections list work from the keyboard', async () => {
    const page = await harness.open('/');
    await ready(page);
    // The panel's code loads when it comes near the screen.
    await page.locator('#sources-panel-heading').scrollIntoViewIfNeeded();
    const sources = page.locator('.sources-panel');
    await expect
      .poll(() => page.getByTestId('coverage-official').textContent())
      .toContain('New cases on 1,062 of 1,100 report dates');
    expect(await page.getByTestId('coverage-jhu').textContent()).toContain('1,100 of 1,100');
    await sources.locator('.series-line path').first().waitFor();
    expect(await sources.locator('g.series-line').count()).toBe(2);

    const toggle = sources.getByRole('button', { name: 'Show table' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const row = sources.getByRole('row', { name: /^7 May 2020 / });
    expect(await row.textContent()).toContain('177,160');

    await page.locator('#corrections-heading').scrollIntoViewIfNeeded();
    // A run of missing days: each of its days has its own link, a real one.
    const days = page.getByRole('list', { name: 'Each of these days' }).first().getByRole('link');
    expect(await days.count()).toBe(25);
    await days.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe('?focus=2022-09-22');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('Not reported');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('key-figures-heading');
    expect(await days.nth(24).getAttribute('href')).toBe('?focus=2022-10-16');
    await days.nth(24).click();
    await expect.poll(() => search(page)).toBe('?focus=2022-10-16');
  });

  it('offers the waves as presets', async () => {
    const page = await harness.open('/');
    await ready(page);
    await openViewControls(page);
    await page.getByRole('button', { name: 'Omicron (Jan–Mar 2022)' }).click();
    await expect.poll(() => search(page)).toBe('?from=2022-01-01&to=2022-03-31');
    expect(await page.getByTestId('range-cases').textContent()).not.toBe('');
  });

  it('axe finds no violations with JHU shown, a gap focused and the Sources table open', async () => {
    const page = await harness.open('/?source=jhu&from=2022-09-01&to=2022-10-31');
    await ready(page);
    await page.locator('#sources-panel-heading').scrollIntoViewIfNeeded();
    await page.locator('.sources-panel .series-line path').first().waitFor();
    await page.locator('.sources-panel').getByRole('button', { name: 'Show table' }).click();
    await page.locator('#corrections-heading').scrollIntoViewIfNeeded();
    await page.locator('.corrections').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const official = await harness.open('/?from=2022-09-01&to=2022-10-31&focus=2022-10-01');
    await ready(official);
    await official.locator('#corrections-heading').scrollIntoViewIfNeeded();
    await official.locator('.corrections').waitFor();
    expect(await axeViolations(official)).toEqual([]);
  });
});
