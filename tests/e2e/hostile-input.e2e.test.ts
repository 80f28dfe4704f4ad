/**
 * Regression tests for what an independent attack on the production build broke: data files,
 * slow servers and echoed text. Each would have failed on main before the fixes.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readShipped, shippedName } from '../../scripts/lib/shipped-files';
import { seriesPath } from '../../src/data/paths';
import { JHU_RUSSIA, OFFICIAL_RUSSIA } from '../../src/data/series';
import { cardValue, setUpHarness, takenOver } from './harness';

const harness = setUpHarness();
const SERIES = `**/${shippedName(seriesPath(OFFICIAL_RUSSIA))}`;
const shipped = () =>
  JSON.parse(readShipped(seriesPath(OFFICIAL_RUSSIA))) as {
    meta: Record<string, unknown> & { sources: { url: string }[] };
    rows: unknown[][];
  };

/** A context whose official series is answered by `body` (status 200, JSON). */
async function serving(body: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.newContext();
  await context.route(SERIES, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const page = await context.newPage();
  await page.goto(`${harness.baseURL}/`);
  await takenOver(page);
  return { context, page };
}

/** The page still works around the failure: its heading and the story are there. */
async function expectPageAlive(page: Page) {
  expect(await page.locator('h1').textContent()).toBe('Russia COVID-19 dashboard');
  await page.getByText(/Russia’s new coronavirus epidemic continues/).waitFor();
}

async function errorText(page: Page) {
  const alert = page.getByRole('alert').filter({ hasText: 'data' }).first();
  await alert.waitFor();
  return alert.textContent();
}

describe('hostile data files', () => {
  it('a first date of 0202-01-31 is refused with the row and field named, not a blank page', async () => {
    const file = shipped();
    (file.rows[0] as unknown[])[0] = '0202-01-31';
    file.meta.firstDate = '0202-01-31';
    const { page } = await serving(JSON.stringify(file));
    expect(await errorText(page)).toContain(
      'Row 1, field "date": 0202-01-31 is not a possible report date',
    );
    await expectPageAlive(page);
  });

  it('a last date of 2202-01-20 is refused', async () => {
    const file = shipped();
    (file.rows.at(-1) as unknown[])[0] = '2202-01-20';
    file.meta.lastDate = '2202-01-20';
    const { page } = await serving(JSON.stringify(file));
    expect(await errorText(page)).toMatch(/Row 1100, field "date": 2202-01-20 is not a possible/);
    await expectPageAlive(page);
  });

  it('a file cut to one row is caught by its own row count', async () => {
    const file = shipped();
    file.rows = file.rows.slice(0, 1);
    const { page } = await serving(JSON.stringify(file));
    expect(await errorText(page)).toContain('says its number of rows is 1100, but its rows give 1');
  });

  it('1e400 is named as a number too large to read, and an HTML page as an HTML page', async () => {
    const text = JSON.stringify(shipped()).replace('["2020-05-07",11231,', '["2020-05-07",1e400,');
    const { page } = await serving(text);
    expect(await errorText(page)).toContain(
      'Row 98, field "newCases": the value Infinity is a number too large to read',
    );
    const html = await serving(
      '<!doctype html><html><body><h1>Welcome to nginx</h1></body></html>',
    );
    expect(await errorText(html.page)).toContain('The server sent a web page (HTML)');
  });

  it('links in a data file become links only when they are http(s)', async () => {
    const file = shipped();
    const hostile = [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '//evil.example',
    ];
    file.meta.sources = file.meta.sources.map((source, i) => ({
      ...source,
      url: hostile[i % hostile.length] as string,
    }));
    const { page } = await serving(JSON.stringify(file));
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('9,670');
    const footer = page.locator('footer');
    await footer
      .getByText(/maximzasorin/)
      .first()
      .waitFor();
    const hrefs = await footer
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  it('the built page carries a Content-Security-Policy: scripts from this site only', async () => {
    const page = await harness.open('/');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    const directives = new Map(
      (policy ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')?.[0]).toBe("'self'");
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    // In the head: the charset first (Lighthouse flagged it once pushed down), then the policy,
    // then any script, since a policy applies only to what follows it.
    const html = await (await fetch(`${harness.baseURL}/`)).text();
    const at = (text: string) => html.indexOf(text);
    expect(at('<meta charset="UTF-8"')).toBeGreaterThan(-1);
    expect(at('<meta charset="UTF-8"')).toBeLessThan(at('Content-Security-Policy'));
    expect(at('Content-Security-Policy')).toBeLessThan(at('<script'));
  });
});

describe('slow and failing servers', () => {
  it('a server that never answers: after 20 s the page says so and offers Retry', async () => {
    const context = await harness.newContext();
    let answer = false;
    await context.route(SERIES, (route) => (answer ? route.continue() : undefined));
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${harness.baseURL}/`);
    await page.locator('h1').waitFor();
    await page.clock.runFor(21_000);
    const alert = page.getByRole('alert').filter({ hasText: 'not answering' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('did not arrive within 20 seconds');
    answer = true;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('9,670');
  });

  it('going offline while the data loads says so', async () => {
    const context = await harness.newContext();
    await context.route(SERIES, () => undefined); // held: the request never completes
    const page = await context.newPage();
    // The page's head preloads that series; its code, asked for after the first paint, asks for
    // JHU's once it runs: offline from then on, the data is what is lost (not the code).
    const codeAsksForData = page.waitForRequest(`**/${shippedName(seriesPath(JHU_RUSSIA))}`);
    await page.goto(`${harness.baseURL}/`);
    await codeAsksForData;
    await context.setOffline(true);
    const alert = page.getByRole('alert').filter({ hasText: 'You are offline, so the data' });
    await alert.waitFor();
    expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('Russia COVID-19 dashboard');
  });
});

describe('the page without its code', () => {
  it("says so, with Reload, when the page's scripts cannot be downloaded (offline while loading)", async () => {
    const context = await harness.newContext();
    await context.route('**/assets/*.js', (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    await page.goto(`${harness.baseURL}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/[Tt]he dashboard's code could not be downloaded/);
    expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
    // The prerendered page is still there around it.
    expect(await page.locator('h1').textContent()).toBe('Russia COVID-19 dashboard');
  });
});

describe('echoed text', () => {
  it('a link with 914 unknown parameters gives a short notice that counts the rest', async () => {
    const query = Array.from({ length: 914 }, (_, i) => `p${i}=${i}`).join('&');
    const page = await harness.open(`/?${query}`);
    const notice = page.locator('.notice--warning');
    await notice.waitFor();
    expect(await notice.locator('li').count()).toBe(11);
    expect(await notice.locator('li').last().textContent()).toBe(
      '… and 904 more problems in the same link (not listed).',
    );
    const box = await notice.boundingBox();
    expect(box?.height ?? Number.POSITIVE_INFINITY).toBeLessThan(600);
  });

  it("bidirectional controls from a link cannot reverse the page's sentence", async () => {
    const page = await harness.open('/?from=%E2%80%AE2020-05-07%20evil');
    const notice = page.locator('.notice--warning');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('⟨U+202E⟩2020-05-07 evil');
    expect(text).not.toMatch(/\u202e/);
    expect(await notice.locator('bdi').count()).toBeGreaterThan(0);
  });
});
