import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardValue, closeViewControls, openViewControls, setUpHarness, takenOver } from './harness';

const harness = setUpHarness();

const search = (page: Page) => new URL(page.url()).search;
const cumulativeChart = (page: Page) => page.locator('[data-chart-panel=total-cases]');
const rangeCases = (page: Page) => page.getByTestId('range-cases').textContent();

/** Drags a brush handle ('from' or 'to') sideways by `dx` pixels with the mouse. */
async function dragHandle(page: Page, handle: 'from' | 'to', dx: number) {
  const grip = page.locator(`[data-handle=${handle}]`);
  await grip.scrollIntoViewIfNeeded();
  const box = await grip.boundingBox();
  if (!box) throw new Error('no brush handle');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
}

async function ready(page: Page) {
  await page.locator('[data-testid=stat-value]').first().waitFor();
}

describe('date filtering and shareable links (production build, headless Chromium)', () => {
  it('?from=2020-05-03&to=2020-05-07 shows the story report and the cases within the range', async () => {
    const page = await harness.open('/?from=2020-05-03&to=2020-05-07');
    await ready(page);
    expect(await cardValue(page, 'New cases').textContent()).toBe('11,231');
    expect(await cardValue(page, 'Total cases').textContent()).toBe('177,160');
    expect(await cardValue(page, 'Total deaths').textContent()).toBe('1,625');
    expect(await rangeCases(page)).toBe('53,106');
    expect(await page.title()).toBe('Russia COVID-19 · 3–7 May 2020');
    expect(await page.getByText('That report is within the dates shown.').count()).toBe(1);
  });

  it('downloads the figures of the dates shown as CSV', async () => {
    const page = await harness.open('/?from=2020-05-03&to=2020-05-07');
    await ready(page);
    await openViewControls(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('russia-covid19-2020-05-03_2020-05-07.csv');
    const path = await download.path();
    const lines = readFileSync(path, 'utf8').trim().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]?.startsWith('date,new_cases,total_cases')).toBe(true);
    expect(lines[5]?.startsWith('2020-05-07,11231,177160,88,1625,')).toBe(true);
  });

  it('a preset, the date inputs and the brush each change the range and the link', async () => {
    const page = await harness.open('/');
    await ready(page);

    await openViewControls(page);
    await page.getByRole('button', { name: "The story's run (3–7 May 2020)" }).click();
    await expect.poll(() => search(page)).toBe('?from=2020-05-03&to=2020-05-07');
    expect(await rangeCases(page)).toBe('53,106');

    await page.getByLabel('From', { exact: true }).fill('2021-03-01');
    await page.getByLabel('To', { exact: true }).fill('2021-03-31');
    await page.getByLabel('To', { exact: true }).press('Enter');
    await expect.poll(() => search(page)).toBe('?from=2021-03-01&to=2021-03-31');
    expect(await cardValue(page, 'New cases').textContent()).toBe('8,275'); // the report of 2021-03-31
    await closeViewControls(page);

    await dragHandle(page, 'from', -80);
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe('2021-03-01');
    const from = new URL(page.url()).searchParams.get('from') as string;
    expect(from < '2021-03-01').toBe(true);
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(from);
    expect(new URL(page.url()).searchParams.get('to')).toBe('2021-03-31');
  });

  it('Back restores the previous view, and a drag is one step of history', async () => {
    const page = await harness.open('/');
    await ready(page);
    await openViewControls(page);
    await page.getByRole('button', { name: '2021', exact: true }).click();
    await expect.poll(() => search(page)).toBe('?from=2021-01-01&to=2021-12-31');
    await closeViewControls(page);
    await cumulativeChart(page).getByRole('button', { name: 'Log' }).click();
    await expect.poll(() => search(page)).toBe('?from=2021-01-01&to=2021-12-31&log=total-cases');

    await dragHandle(page, 'to', -60);
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).not.toBe('2021-12-31');

    await page.goBack();
    await expect.poll(() => search(page)).toBe('?from=2021-01-01&to=2021-12-31&log=total-cases');
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?from=2021-01-01&to=2021-12-31');
    expect(
      await cumulativeChart(page)
        .getByRole('button', { name: 'Linear' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.goBack();
    await expect.poll(() => search(page)).toBe('');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('9,670');
    await page.goForward();
    await expect.poll(() => search(page)).toBe('?from=2021-01-01&to=2021-12-31');
    // The report of 2021-12-31
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('20,638');
  });

  it('the copied link opens the same figures, range and scale in a fresh browser context', async () => {
    const context = await harness.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: harness.baseURL,
    });
    const page = await context.newPage();
    await page.goto(`${harness.baseURL}/?from=2020-04-01&to=2020-05-07&scale=log`);
    await takenOver(page);
    await ready(page);
    await openViewControls(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count())
      .toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // An old link's scale=log is copied in today's form.
    expect(new URL(copied).search).toBe('?from=2020-04-01&to=2020-05-07&log=total-cases');

    const stranger = await (await harness.newContext()).newPage();
    await stranger.goto(copied);
    await takenOver(stranger);
    await ready(stranger);
    for (const name of ['New cases', 'Total cases', 'Total deaths']) {
      expect(await cardValue(stranger, name).textContent()).toBe(
        await cardValue(page, name).textContent(),
      );
    }
    expect(await rangeCases(stranger)).toBe(await rangeCases(page));
    expect(
      await cumulativeChart(stranger)
        .getByRole('button', { name: 'Log' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await openViewControls(stranger);
    expect(await stranger.getByLabel('From', { exact: true }).inputValue()).toBe('2020-04-01');
  });

  const hostileLinks = [
    '?from=banana&to=2020-13-45',
    '?from=2021-05-07&to=2020-05-03',
    '?from=1900-01-01&to=2999-12-31',
    '?scale=<script>alert(1)</script>',
    `?from=<img src=x onerror=alert(1)>&focus=${encodeURIComponent('"><svg onload=alert(1)>')}`,
    `?to=${'7'.repeat(10_000)}`,
    '?utm_source=mail&fbclid=abc&from=',
    '?table=daily-cases,<b>x</b>&scale=',
    '?focus=2023-01-01&time=1..2..3',
    '?%E0%A4%A=1&from=%ZZ',
  ];

  it('downloads the notice and its words only for a link that needs one', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const noticeCode: string[] = [];
    page.on('request', (request) => {
      if (/\/(view-)?notices-[\w-]+\.js$/.test(request.url())) noticeCode.push(request.url());
    });
    await page.goto(`${harness.baseURL}/?from=2021-01-01`);
    await takenOver(page);
    // The panels loaded right after the first screen have come: the footer is the last.
    await page.getByRole('contentinfo').getByRole('link').first().waitFor();
    expect(noticeCode).toEqual([]);
    await page.evaluate(() => {
      history.pushState(null, '', '?from=banana');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.locator('.notice--warning').waitFor();
    expect(await page.locator('.notice--warning').textContent()).toContain('banana');
    expect(noticeCode).toHaveLength(2);
  });

  for (const link of hostileLinks) {
    it(`survives the link ${link.slice(0, 60)}`, async () => {
      const page = await harness.open(`/${link}`);
      await ready(page);
      const notice = page.locator('.notice--warning');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('Part of this link could not be used');
      // Rewritten to the clean form; nothing from the link became markup.
      await expect.poll(() => search(page)).toMatch(/^(\?[a-z=0-9&,-]*)?$/);
      expect(await page.locator('main script, main img, main svg[onload]').count()).toBe(0);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      expect(await page.locator('.notice--warning').count()).toBe(0);
    });
  }
});
