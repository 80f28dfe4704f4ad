/**
 * Check a story: paste a news text, see each figure found, dated and checked, and follow it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { cardValue, setUpHarness } from './harness';

const harness = setUpHarness();
const SOURCE_STORY = readFileSync('public/article/source-article.txt', 'utf8');

async function check(page: Page, text: string, published = '') {
  await page.locator('#check-a-story').scrollIntoViewIfNeeded();
  await page.getByLabel('News text').fill(text);
  if (published) await page.getByLabel('Published on (optional)').fill(published);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
}

const figures = (page: Page) => page.locator('#check-a-story li[data-verdict]');

describe('check a story (production build, headless Chromium)', () => {
  it('checks the source story against the report before its publication, and a figure leads to the data', async () => {
    const page = await harness.open('/');
    await check(page, SOURCE_STORY, '2020-05-08');
    await expect.poll(() => figures(page).count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    const record = figures(page).filter({ hasText: '11,231' }).first();
    expect(await record.getAttribute('data-verdict')).toBe('verified');
    expect(await record.getAttribute('data-report-date')).toBe('2020-05-07');
    expect(
      await figures(page).evaluateAll((items) => items.map((i) => i.getAttribute('data-verdict'))),
    ).not.toContain('refuted');
    expect(await page.locator('.story-check__dating').textContent()).toContain('7 May 2020');
    expect(await axeViolations(page)).toEqual([]);

    await record.getByRole('link').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe('2020-05-07');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('11,231');
  });

  it('a #story= link reopens the same check in a fresh browser, and a wrong figure is refuted', async () => {
    const page = await harness.open('/');
    const text =
      'МОСКВА, 12 февраля. В России за сутки выявлено 203 949 новых случаев коронавируса, это максимум с начала пандемии. В Москве — 21 тысяча заболевших. Всего умерли 400 000 человек.';
    await check(page, text, '2022-02-11');
    await expect.poll(() => figures(page).count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    const peak = figures(page).filter({ hasText: '203 949' });
    expect(await peak.getAttribute('data-verdict')).toBe('verified');
    expect(await peak.getAttribute('data-report-date')).toBe('2022-02-11');
    expect(await figures(page).filter({ hasText: '400 000' }).getAttribute('data-verdict')).toBe(
      'refuted',
    );
    const link = page.url();
    expect(new URL(link).hash).toMatch(/^#story=[A-Za-z0-9_-]+$/);
    const verdicts = await figures(page).evaluateAll((items) =>
      items.map((i) => i.getAttribute('data-verdict')),
    );

    const stranger = await (await harness.newContext()).newPage();
    await stranger.goto(link);
    // The panel, the engine and the series load first: no paste, no click.
    await expect.poll(() => figures(stranger).count(), { timeout: 15_000 }).toBe(verdicts.length);
    expect(await stranger.getByLabel('News text').inputValue()).toBe(text);
    // Read off the page's thread: the places named, then the check, both by the worker; the
    // engine's chunk for the page's own thread was never loaded.
    const scripts = await stranger.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(scripts.filter((path) => /\/story-engine\.worker-[\w-]+\.js$/.test(path))).toHaveLength(
      1,
    );
    expect(scripts.filter((path) => /\/story-engine-answer-[\w-]+\.js$/.test(path))).toEqual([]);
  });

  it('hostile and odd input: markup is text, a huge paste is cut and said so, no figures is said so', async () => {
    const page = await harness.open('/');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await check(page, '<img src=x onerror=alert(1)><script>alert(2)</script> 11,231 new cases');
    await expect.poll(() => figures(page).filter({ hasText: '11,231' }).count()).toBe(1);
    const shown = (await page.locator('.story-text').textContent()) ?? '';
    expect(shown).toContain('<img src=x onerror=alert(');
    expect(shown).toContain('<script>alert(');
    expect(await page.locator('#check-a-story img, #check-a-story script').count()).toBe(0);

    await check(page, 'Only dates here: 7 May 2020, 2021, 8 мая.');
    await expect
      .poll(() => page.locator('.story-check__status').textContent())
      .toContain('No figure to check was found');

    // A megabyte: read up to the engine's limit, and said so.
    await check(page, 'Russia reported 11,231 new cases. '.repeat(30_000));
    await expect
      .poll(() => page.locator('.story-check__result > p').first().textContent(), {
        timeout: 20_000,
      })
      .toContain('only the first 100,000 were read');
    // Text that does not compress is too long for a link: the result is offered as a file.
    const noise = Array.from({ length: 4_000 }, (_, i) => ((i * 7_919) % 999_983).toString(36));
    await check(page, `${noise.join(' ')} Russia reported 11,231 new cases.`);
    await expect
      .poll(() => page.locator('.story-check__share').textContent())
      .toContain('too long to travel in a link');
    expect(new URL(page.url()).hash).toBe('');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the result' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('story-check.txt');
    expect(dialogs).toBe(0);
  });

  it("says so, with a Retry that works, when the engine's code cannot be downloaded", async () => {
    const context = await harness.newContext(undefined, { serviceWorkers: 'block' });
    const engineCode = /story-engine(\.worker|-answer)-[\w-]+\.js$/;
    await context.route(engineCode, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${harness.baseURL}/`);
    await check(page, 'В России за сутки выявлено 11 231 новый случай.', '2020-05-08');
    const alert = page.locator('#check-a-story').getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain("The checker's code could not be downloaded");
    expect(await figures(page).count()).toBe(0);
    // Back online: Retry downloads the engine and checks the text.
    await context.unroute(engineCode);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => figures(page).count(), { timeout: 15_000 }).toBe(1);
    expect(await figures(page).first().getAttribute('data-verdict')).toBe('verified');
    expect(await alert.count()).toBe(0);
  });

  it('checks the same text against another report when one is chosen, the date shown at once', async () => {
    const page = await harness.open('/');
    await check(page, 'В России за сутки выявлено 11 231 новый случай.', '2020-05-08');
    await expect.poll(() => figures(page).count(), { timeout: 15_000 }).toBe(1);
    const record = figures(page).first();
    expect(await record.getAttribute('data-verdict')).toBe('verified');
    const report = page.getByLabel('Report checked against');
    expect(await report.inputValue()).toBe('2020-05-07');
    // Typed as a reader types, a part at a time (en-US: month, day, year).
    await report.focus();
    await page.keyboard.type('05062020');
    expect(await report.inputValue()).toBe('2020-05-06');
    await expect.poll(() => record.getAttribute('data-report-date')).toBe('2020-05-06');
    // 11,231 is not the report of 6 May: no longer verified against it.
    expect(await record.getAttribute('data-verdict')).not.toBe('verified');
    expect(await report.inputValue()).toBe('2020-05-06');
    await page.getByRole('button', { name: 'Let the check choose' }).click();
    await expect.poll(() => record.getAttribute('data-report-date')).toBe('2020-05-07');
  });

  it('a damaged #story= link says so and leaves the page working', async () => {
    const page = await harness.open('/#story=AAAA');
    await expect
      .poll(() => page.locator('#check-a-story').textContent())
      .toContain('could not be read');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('9,670');
  });
});
