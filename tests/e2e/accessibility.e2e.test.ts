import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { PHONE, setUpHarness } from './harness';

const harness = setUpHarness();

async function settled(page: Page) {
  await page
    .locator('[data-chart-panel=daily-deaths] .daily-bars path')
    .first()
    .waitFor({ state: 'attached' });
}

describe('accessibility: axe-core finds no violations', () => {
  it('in the default view', async () => {
    const page = await harness.open('/');
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("in the story's range, with the story's date focused", async () => {
    const page = await harness.open('/?from=2020-05-03&to=2020-05-07&focus=2020-05-07');
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on the log scale with a data table open', async () => {
    const page = await harness.open('/?scale=log&table=daily-cases,total-cases');
    await settled(page);
    await page.locator('table').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('when the data cannot be loaded', async () => {
    const context = await harness.newContext();
    await context.route('**/data/**/*.json', (route) =>
      route.fulfill({ status: 500, body: 'error' }),
    );
    const page = await context.newPage();
    await page.goto(`${harness.baseURL}/`);
    await page.getByRole('alert').filter({ hasText: 'could not be downloaded' }).waitFor();
    await page.getByText(/Russia’s new coronavirus epidemic continues/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('with a notice about a broken link', async () => {
    const page = await harness.open('/?from=banana&scale=<b>x</b>');
    await settled(page);
    await page.locator('.notice--warning').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on a 390 px wide phone', async () => {
    const page = await harness.open('/', PHONE);
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the axe check itself', () => {
  it('does find violations where there are some', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html><body><img src="data:,"><button></button><p style="color:#ccc">faint</p></body></html>',
    );
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'color-contrast']));
  });
});
