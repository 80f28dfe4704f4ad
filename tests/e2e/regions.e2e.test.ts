import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { cardValue, openViewControls, setUpHarness } from './harness';

const harness = setUpHarness();
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('every region (production build, headless Chromium)', () => {
  it("?region=RU-MOW&focus=2020-05-03 shows Moscow's report of that day", async () => {
    const page = await harness.open('/?region=RU-MOW&focus=2020-05-03');
    // russia-regions-daily.csv: 2020-05-03,RU-MOW,Moscow,5948,68606,34,729
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('5,948');
    expect(await cardValue(page, 'Total cases').textContent()).toBe('68,606');
    expect(await cardValue(page, 'New deaths').textContent()).toBe('34');
    expect(await cardValue(page, 'Total deaths').textContent()).toBe('729');
    // No recoveries in the regional reports: said, never 0.
    expect(await cardValue(page, 'Recovered').textContent()).toBe('Not reported');
    await expect
      .poll(() => page.title())
      .toBe('Moscow · COVID-19 in Russia · all reports, report of 3 May 2020');
    expect(await page.getByTestId('place-name').textContent()).toBe('Moscow');
    expect(await page.getByTestId('story-national').textContent()).toContain(
      'for Russia as a whole',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('per=100k shows every figure per 100,000 residents, with the population and its date named', async () => {
    const page = await harness.open('/?region=RU-MOW&focus=2020-05-03&per=100k');
    // 5,948 x 100,000 / 12,692,466 = 46.86; 68,606 -> 540.5; 729 -> 5.74
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('46.9');
    expect(await cardValue(page, 'Total cases').textContent()).toBe('540.5');
    expect(await cardValue(page, 'Total deaths').textContent()).toBe('5.74');
    expect(await page.getByTestId('population-note').textContent()).toBe(
      'Per 100,000 residents of Moscow: population 12,692,466 on 1 January 2020 (Rosstat).',
    );
    expect(await page.locator('[data-chart-panel=daily-cases] h3').textContent()).toBe(
      'Daily new cases per 100,000',
    );
    await openViewControls(page);
    await page.getByRole('button', { name: 'Counts' }).click();
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('5,948');
    expect(param(page, 'per')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the picker works from the keyboard: search in Russian, Tab, Enter', async () => {
    const page = await harness.open('/?from=2021-01-01&to=2021-12-31');
    await page.locator('[data-testid=stat-value]').first().waitFor();
    await openViewControls(page);
    await page.getByRole('button', { name: 'Choose a region' }).focus();
    await page.keyboard.press('Enter');
    const search = page.getByLabel('Find a region (name in English or Russian, or code)');
    await search.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.type('Санкт');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'matches' }).textContent())
      .toBe('1 region matches “Санкт”');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab'); // Russia as a whole
    await page.keyboard.press('Tab'); // Saint Petersburg
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'region')).toBe('RU-SPE');
    expect(param(page, 'from')).toBe('2021-01-01');
    await expect.poll(() => page.getByTestId('place-name').textContent()).toBe('Saint Petersburg');
    // The report of 2021-12-31 in Saint Petersburg
    await expect.poll(() => cardValue(page, 'New cases').textContent()).not.toBe('');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Choose a region',
    );
  });

  it("a ranking row opens that region's view with the same dates", async () => {
    const page = await harness.open('/?from=2020-05-03&to=2020-05-07');
    await page.locator('[data-testid=stat-value]').first().waitFor();
    await page.locator('#ranking-heading').scrollIntoViewIfNeeded();
    const row = page.locator('.ranking tr[data-region=RU-TA]');
    await row.waitFor();
    expect(await page.locator('.ranking tbody tr').count()).toBe(85);
    await page.locator('.ranking').getByRole('button', { name: 'Cases', exact: true }).click();
    const first = page.locator('.ranking tbody tr').first();
    expect(await first.getAttribute('data-region')).toBe('RU-MOW');
    expect(await first.locator('td').first().textContent()).toBe('30,018');
    expect(await page.getByTestId('national-vs-regions').textContent()).toContain(
      'on 1,060 of the 1,062 report dates on which both are known; on the other 2 they differ by at most 1 case',
    );
    expect(await axeViolations(page)).toEqual([]);
    // Followed in place: the page is not loaded again (a marker set now survives the click).
    await page.evaluate(() => {
      (window as { stayed?: boolean }).stayed = true;
    });
    await row.getByRole('link').click();
    await expect.poll(() => param(page, 'region')).toBe('RU-TA');
    expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
    expect([param(page, 'from'), param(page, 'to')]).toEqual(['2020-05-03', '2020-05-07']);
    await expect
      .poll(() => page.getByTestId('place-name').textContent())
      .toBe('Republic of Tatarstan');
  });

  it("a flagged regional day is explained in the chart's table", async () => {
    const page = await harness.open(
      '/?region=RU-AD&from=2021-05-15&to=2021-05-25&table=daily-deaths',
    );
    const chart = page.locator('[data-chart-panel=daily-deaths]');
    const row = chart.getByRole('row', { name: /^21 May 2021 / });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/[−-]11/);
    expect(await row.textContent()).toContain('The total of deaths went down, from 208 to 197');
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'New deaths', exact: true })
          .getByTestId('stat-value')
          .textContent(),
      )
      .not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('region=RU-XXX, and compare= with 50 codes, give notices, never errors', async () => {
    const page = await harness.open('/?region=RU-XXX');
    const notice = page.locator('.notice--warning');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('region = “RU-XXX” is not the code of a region');
    await expect.poll(() => param(page, 'region')).toBeNull();
    await expect.poll(() => page.getByTestId('place-name').textContent()).toBe('Russia');
    const many = Array.from(
      { length: 50 },
      (_, i) => `RU-${String.fromCharCode(65 + (i % 26))}${i}`,
    );
    const second = await harness.open(`/?compare=${many.join(',')}`);
    const secondNotice = second.locator('.notice--warning');
    await secondNotice.waitFor();
    expect(await secondNotice.textContent()).toContain('compare = “');
    await expect.poll(() => param(second, 'compare')).toBeNull();
    expect(await axeViolations(second)).toEqual([]);
  });
});

describe('comparing places', () => {
  it('compare= draws each place per 100,000 on one chart, with a table; add and remove by keyboard', async () => {
    const page = await harness.open('/?from=2021-01-01&to=2021-12-31&compare=RU-MOW,RU-SPE');
    await page.locator('[data-testid=stat-value]').first().waitFor();
    await page.locator('#compare-heading').scrollIntoViewIfNeeded();
    const figure = page.locator('[data-chart-panel=compare]');
    await figure.locator('.series-line path').first().waitFor();
    expect(await figure.locator('g.series-line').count()).toBe(2);
    expect(await figure.locator('figcaption').textContent()).toMatch(
      /Moscow: [\d.,]+ on 31 Dec 2021, highest [\d.,]+ on .* Saint Petersburg: /,
    );
    await figure.getByRole('button', { name: 'Show table' }).click();
    const row = figure.getByRole('row', { name: /^31 Dec 2021 / });
    expect(await row.locator('td').count()).toBe(2);

    const select = page.getByLabel('Add a place to compare');
    await select.focus();
    await select.selectOption('RU-TA');
    await page.getByRole('button', { name: 'Add', exact: true }).press('Enter');
    await expect.poll(() => param(page, 'compare')).toBe('RU-MOW,RU-SPE,RU-TA');
    await expect.poll(() => figure.locator('g.series-line').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Remove Moscow from the comparison' }).press('Enter');
    await expect.poll(() => param(page, 'compare')).toBe('RU-SPE,RU-TA');
  });
});
