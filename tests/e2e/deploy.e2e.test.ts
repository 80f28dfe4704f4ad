/**
 * The production build as deployed: served by nginx with deploy/nginx.conf under a sub-path, as
 * on a shared host (`/covid/ru-dashboard/`), not at the root the other end-to-end tests use. Both
 * pages, their data, the map and the story must load from under that path alone, with the cache
 * rules, security headers and precompressed files the configuration promises.
 *
 * Needs nginx (Debian: apt-get install -y nginx); without it this file fails, saying so.
 */
import { readFileSync, statSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type PageProblems, watchedPage } from '../../scripts/lib/browser';
import { type NginxServer, startNginx } from '../../scripts/lib/nginx-server';
import {
  headerPolicy,
  IMMUTABLE,
  inlineScriptHashes,
  policyInPage,
  REVALIDATE,
  SECURITY_HEADERS,
} from '../../scripts/lib/response-headers';
import { startModulesIn } from '../../scripts/lib/start-after-paint';
import { cardValue, takenOver } from './harness';

const SUB_PATH = '/covid/ru-dashboard/';
const DIST = join(import.meta.dirname, '../../dist');
const NBSP = '\u00a0';

let server: NginxServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const problems: PageProblems[] = [];

/** Every request a page made, and what came back (0: no answer yet, or none). */
interface Exchange {
  readonly url: URL;
  status: number;
}

beforeAll(async () => {
  server = await startNginx({ root: DIST, subPath: SUB_PATH });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
afterEach(async () => {
  const errors = problems.splice(0).flatMap((p) => p.errors);
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  expect(errors, 'console errors or uncaught page errors').toEqual([]);
});

/** Opens `path` under the sub-path in a fresh context, recording every request it makes. */
async function open(path: string): Promise<{ page: Page; exchanges: Exchange[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const { page, problems: pageProblems } = await watchedPage(context);
  problems.push(pageProblems);
  const exchanges: Exchange[] = [];
  const byRequest = new Map<Request, Exchange>();
  page.on('request', (request) => {
    if (request.url().startsWith('data:')) return;
    const exchange: Exchange = { url: new URL(request.url()), status: 0 };
    exchanges.push(exchange);
    byRequest.set(request, exchange);
  });
  page.on('response', (response) => {
    const exchange = byRequest.get(response.request());
    if (exchange) exchange.status = response.status();
  });
  await page.goto(`${server.url}${path}`);
  await takenOver(page);
  return { page, exchanges };
}

/** Everything the page asked the server for was under the sub-path, and was there. */
function expectAllUnderSubPath(exchanges: readonly Exchange[]) {
  const outside = exchanges.filter(
    ({ url }) => url.origin !== server.origin || !url.pathname.startsWith(SUB_PATH),
  );
  expect(outside.map(({ url }) => url.href)).toEqual([]);
  const failed = exchanges.filter(({ status }) => status >= 400);
  expect(failed.map(({ url, status }) => `${status} ${url.pathname}`)).toEqual([]);
}

/** The bytes on the wire (fetch would decode them) and the headers of a GET. */
/** The page's entry script, relative to the app's root (the build lists it: see start-after-paint). */
const entryScriptOf = (html: string) => startModulesIn(html)?.entry.replace(/^\.\//, '');

function rawGet(url: string, acceptEncoding: string) {
  return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    httpGet(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** The paths, under the sub-path, of the requests whose path matches `pattern`. */
const requested = (exchanges: readonly Exchange[], pattern: RegExp) =>
  exchanges
    .map(({ url }) => url.pathname.slice(SUB_PATH.length))
    .filter((path) => pattern.test(path));

describe(`the build served by nginx with deploy/nginx.conf under ${SUB_PATH}`, () => {
  it("the English page shows the story's figures, its data loaded from the sub-path", async () => {
    const { page, exchanges } = await open('?from=2020-05-03&to=2020-05-07');
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('11,231');
    expect(await cardValue(page, 'Total cases').textContent()).toBe('177,160');
    await page.getByText(/Russia’s new coronavirus epidemic continues/).waitFor();
    // The preloaded national series, under its hashed name, downloaded once.
    expect(requested(exchanges, /^data\/series\/official-RU\./)).toEqual([
      expect.stringMatching(/^data\/series\/official-RU\.[0-9a-f]{8}\.json$/),
    ]);
    expectAllUnderSubPath(exchanges);
  });

  it('the Russian page (ru/) loads its data and the story from the root, not from ru/', async () => {
    const { page, exchanges } = await open('ru/?from=2020-05-03&to=2020-05-07');
    await expect.poll(() => cardValue(page, 'Новые случаи').textContent()).toBe(`11${NBSP}231`);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await page.getByText(/Russia’s new coronavirus epidemic continues/).waitFor();
    expect(requested(exchanges, /^data\//)).toEqual([
      expect.stringMatching(/^data\/series\/official-RU\.[0-9a-f]{8}\.json$/),
    ]);
    expect(requested(exchanges, /^article\//)).toEqual(['article/source-article.txt']);
    expectAllUnderSubPath(exchanges);
  });

  it('the language switch stays under the sub-path, both ways', async () => {
    const query = '?from=2020-05-03&to=2020-05-07';
    const { page } = await open(query);
    await cardValue(page, 'New cases').waitFor();
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${SUB_PATH}ru/`);
    expect(new URL(page.url()).search).toBe(query);
    await expect.poll(() => cardValue(page, 'Новые случаи').textContent()).toBe(`11${NBSP}231`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(SUB_PATH);
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('11,231');
  });

  it("a region's view loads its file (from the Russian page), and the map its shapes", async () => {
    const { page, exchanges } = await open('ru/?region=RU-MOW&focus=2020-05-03');
    // russia-regions-daily.csv: 2020-05-03,RU-MOW,Moscow,5948,68606,34,729
    await expect.poll(() => cardValue(page, 'Новые случаи').textContent()).toBe(`5${NBSP}948`);
    const map = page.locator('section[aria-labelledby=map-heading]');
    await map.scrollIntoViewIfNeeded();
    await map.locator('svg.choropleth').waitFor();
    expect(await map.locator('path[data-region]').count()).toBe(85);
    expect(requested(exchanges, /^data\/(series\/official-RU-MOW|map\/regions)\./)).toEqual([
      expect.stringMatching(/^data\/series\/official-RU-MOW\.[0-9a-f]{8}\.json$/),
      expect.stringMatching(/^data\/map\/regions\.[0-9a-f]{8}\.json$/),
    ]);
    expectAllUnderSubPath(exchanges);
  });

  it('sends the headers of deploy/nginx.conf: no-cache pages, immutable hashed files, a CSP', async () => {
    const get = (path: string) => fetch(`${server.url}${path}`);
    const page = await get('');
    const html = await page.text();
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe(REVALIDATE);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(page.headers.get(name), name).toBe(value);
    }
    // The header is the page's own policy plus frame-ancestors; the message gives the value to
    // put in deploy/nginx.conf when an inline script of the pages changes.
    const csp = page.headers.get('content-security-policy');
    const expected = headerPolicy(inlineScriptHashes(html));
    expect(csp, `deploy/nginx.conf should send: ${expected}`).toBe(expected);
    expect(`${policyInPage(html)}; frame-ancestors 'none'`).toBe(csp);
    const scriptSrc = csp?.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[\w+/=]+')+$/);
    expect(scriptSrc).not.toContain('unsafe-inline');

    // A link to one chart alone is made for other sites' iframes: any may frame it.
    const embed = await get('?embed=daily-cases');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('content-security-policy')).toBe(
      headerPolicy(inlineScriptHashes(html), '*'),
    );
    // Any other value shows the whole page, which no other site may frame.
    const notAChart = await get('?embed=whole-page');
    expect(notAChart.headers.get('x-frame-options')).toBe('DENY');
    expect(notAChart.headers.get('content-security-policy')).toBe(csp);

    const ru = await get('ru/');
    expect(ru.headers.get('cache-control')).toBe(REVALIDATE);
    expect(ru.headers.get('content-security-policy')).toBe(csp);
    expect(headerPolicy(inlineScriptHashes(await ru.text()))).toBe(csp);

    const entry = entryScriptOf(html);
    const data = /<link rel="preload" href="\.\/(data\/[^"]+\.json)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    expect(data).toMatch(/^data\/series\/official-RU\.[0-9a-f]{8}\.json$/);
    for (const path of [entry, data]) {
      const response = await get(path ?? '');
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(IMMUTABLE);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect((await get(data ?? '')).headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    );
    // Not renamed when it changes, so revalidated.
    expect((await get('article/source-article.txt')).headers.get('cache-control')).toBe(REVALIDATE);
    // A directory without its slash is redirected to it, under the sub-path.
    const bare = await fetch(`${server.url}ru`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(`${SUB_PATH}ru/`);
    // Tools' files are not served.
    expect((await get('.vite/manifest.json')).status).toBe(404);
    expect((await get('no-such-file')).status).toBe(404);
  });

  it('sends the gzip (and, with the Brotli module, Brotli) files made at build time', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const entry = entryScriptOf(html) ?? '';
    const data = /<link rel="preload" href="\.\/(data\/[^"]+\.json)"/.exec(html)?.[1] ?? '';
    for (const path of ['index.html', 'ru/index.html', entry, data]) {
      const { headers, body } = await rawGet(`${server.url}${path}`, 'gzip');
      expect(headers['content-encoding'], path).toBe('gzip');
      expect(headers.vary, path).toBe('Accept-Encoding');
      // gzip_static sends the .gz file, with its length (on the fly, nginx sends chunks).
      expect(Number(headers['content-length']), path).toBe(statSync(join(DIST, `${path}.gz`)).size);
      expect(body.equals(readFileSync(join(DIST, `${path}.gz`))), path).toBe(true);
      expect(gunzipSync(body).equals(readFileSync(join(DIST, path))), path).toBe(true);
    }
    // Debian's nginx has no Brotli module unless libnginx-mod-http-brotli-static is installed.
    const { headers } = await rawGet(`${server.url}${entry}`, 'br, gzip');
    expect(headers['content-encoding']).toBe(server.brotli ? 'br' : 'gzip');
    if (server.brotli) {
      expect(Number(headers['content-length'])).toBe(statSync(join(DIST, `${entry}.br`)).size);
    }
  });
});
