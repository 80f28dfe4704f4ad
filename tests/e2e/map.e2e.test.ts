import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { cardValue, setUpHarness } from './harness';

const harness = setUpHarness();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const map = (page: Page) => page.locator('section[aria-labelledby=map-heading]');
const shapes = (page: Page) => map(page).locator('path[data-region]');

/** Opens a view and scrolls to the map, whose code and shapes load when it comes near. */
async function openMap(path: string, viewport?: { width: number; height: number }) {
  const page = await harness.open(path, viewport);
  await page.locator('[data-testid=stat-value]').first().waitFor();
  await map(page).scrollIntoViewIfNeeded();
  await map(page).locator('svg.choropleth').waitFor();
  return page;
}

describe('the map (production build, headless Chromium)', () => {
  it('draws the 85 regions in bins for the date shown, with a summary, legend and table', async () => {
    const page = await openMap('/?focus=2020-05-07');
    expect(await shapes(page).count()).toBe(85);
    const codes = await shapes(page).evaluateAll((paths) =>
      paths.map((p) => p.getAttribute('data-region')),
    );
    expect(new Set(codes).size).toBe(85);
    expect(await map(page).locator('h3').textContent()).toBe(
      'New cases per 100,000 residents, 7 days to 7 May 2020',
    );
    // Moscow's 7 days to 7 May 2020, from russia-regions-daily.csv, over 12,692,466 residents.
    expect(await map(page).locator('.map-panel__summary').textContent()).toMatch(
      /^Highest: Moscow, 306\.8 new cases per 100,000 in the 7 days to 7 May 2020; lowest: /,
    );
    expect(await map(page).locator('[data-region="RU-MOW"]').getAttribute('fill')).toBe(
      'var(--bin-4)',
    );
    await map(page).getByRole('button', { name: 'Show table' }).click();
    const moscowRow = map(page).locator('tr', { hasText: 'Moscow' }).first();
    expect(await moscowRow.locator('td').first().textContent()).toBe('306.8');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a day without a report is "not reported", hatched apart from zero', async () => {
    const page = await openMap('/?focus=2022-10-03');
    expect(await map(page).locator('[data-region="RU-MOW"]').getAttribute('fill')).toBe(
      'url(#map-no-data)',
    );
    expect(await map(page).locator('.map-panel__summary').textContent()).toContain(
      'No region has a report for every day of the 7 days to 3 Oct 2022',
    );
  });

  it('clicking Saint Petersburg opens its view with the same dates', async () => {
    const page = await openMap('/?from=2021-01-01&to=2021-12-31');
    const before = await cardValue(page, 'New cases').textContent();
    await map(page).locator('[data-region="RU-SPE"]').click();
    await expect.poll(() => param(page, 'region')).toBe('RU-SPE');
    expect(param(page, 'from')).toBe('2021-01-01');
    expect(param(page, 'to')).toBe('2021-12-31');
    await expect.poll(() => page.getByTestId('place-name').textContent()).toBe('Saint Petersburg');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).not.toBe(before);
    // The region shown is outlined.
    await expect
      .poll(() => map(page).locator('.choropleth__current').getAttribute('d'))
      .toBe(await map(page).locator('[data-region="RU-SPE"]').getAttribute('d'));
  });

  it('Enter on a region reached by the keyboard opens it', async () => {
    const page = await openMap('/?focus=2021-10-30');
    await map(page).locator('a[data-link]').first().waitFor();
    const tabStop = map(page).locator('a[data-link][tabindex="0"]');
    expect(await tabStop.count()).toBe(1);
    await tabStop.focus();
    // Alphabetical order by English name: from Altai Krai (first), End goes to Zabaykalsky Krai.
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-link')))
      .toBe('RU-ZAB');
    expect(await map(page).locator('.map-panel__details').textContent()).toMatch(
      /^Zabaykalsky Krai: [\d.,]+ new cases per 100,000 \([\d,]+ in all\) in the 7 days to 30 Oct 2021\.$/,
    );
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-link')))
      .toBe('RU-YAR');
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'region')).toBe('RU-YAR');
    await expect.poll(() => page.getByTestId('place-name').textContent()).toBe('Yaroslavl Oblast');
  });

  it('plays through the dates shown and keeps the date where it stopped in the URL', async () => {
    const page = await openMap('/?from=2020-04-01&to=2020-07-01');
    // Every date the map draws, as it draws it (a frame lasts a quarter of a second).
    await page.evaluate(() => {
      const figure = document.querySelector('figure[data-map-date]') as HTMLElement;
      const frames: string[] = [];
      (window as unknown as { frames_: string[] }).frames_ = frames;
      new MutationObserver(() => frames.push(figure.dataset.mapDate ?? '')).observe(figure, {
        attributeFilter: ['data-map-date'],
      });
    });
    await map(page).getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { frames_: string[] }).frames_.length))
      .toBeGreaterThanOrEqual(4);
    await map(page).getByRole('button', { name: 'Pause' }).click();
    const frames = await page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
    // From the start of the range, a week a frame, ending on 1 July: 1 Apr, 8 Apr, 15 Apr, ...
    expect(frames.slice(0, 4)).toEqual(['2020-04-01', '2020-04-08', '2020-04-15', '2020-04-22']);
    const stopped = frames[frames.length - 1];
    expect(await map(page).locator('figure').getAttribute('data-map-date')).toBe(stopped);
    await expect.poll(() => param(page, 'focus')).toBe(stopped);
    expect(await map(page).getByRole('button', { name: 'Play' }).isVisible()).toBe(true);
    // Played to the end, play stops on the last date of the range by itself.
    await map(page).getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => param(page, 'focus'), { timeout: 10_000 }).toBe('2020-07-01');
    expect(await map(page).getByRole('button', { name: 'Play' }).isVisible()).toBe(true);
  });

  it('deaths by a switch, kept in the link', async () => {
    const page = await openMap('/?focus=2021-11-06');
    await map(page).getByRole('button', { name: 'Deaths' }).click();
    await expect.poll(() => param(page, 'map')).toBe('deaths');
    expect(await map(page).locator('h3').textContent()).toBe(
      'Deaths per 100,000 residents, 7 days to 6 Nov 2021',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is usable 390 px wide: the page does not scroll sideways, a tap opens a region', async () => {
    const page = await openMap('/?focus=2021-10-30', { width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await map(page).locator('[data-region="RU-KYA"]').click();
    await expect.poll(() => param(page, 'region')).toBe('RU-KYA');
    expect(await axeViolations(page)).toEqual([]);
  });
});
