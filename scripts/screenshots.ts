/**
 * Saves screenshots of the main views of the production build, at a phone and a desktop size,
 * into screenshots/ (ignored by git), to look at before a change is called done.
 *
 * Usage: npm run screenshots   (builds first)
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchBrowser } from '../tests/e2e/browser';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

const VIEWS = [
  { name: 'default', query: '' },
  { name: 'story-range', query: '?from=2020-05-03&to=2020-05-07' },
  { name: 'story-focus', query: '?focus=2020-05-07' },
  { name: 'log-scale', query: '?scale=log&table=total-cases' },
  { name: 'bad-link', query: '?from=banana&to=2020-13-45&scale=cubic&x=<script>alert(1)</script>' },
  { name: 'data-error', query: '', failData: true },
];

async function main(): Promise<void> {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error('no preview address');
  const browser = await launchBrowser();
  mkdirSync('screenshots', { recursive: true });
  try {
    for (const viewport of VIEWPORTS) {
      for (const view of VIEWS) {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          deviceScaleFactor: 1,
          locale: 'en-GB',
        });
        const page = await context.newPage();
        if (view.failData) {
          await page.route('**/data/*.json', (route) =>
            route.fulfill({ status: 500, body: 'error' }),
          );
        }
        await page.goto(`${base}${view.query}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const path = `screenshots/${viewport.name}-${view.name}.png`;
        await page.screenshot({ path, fullPage: true });
        console.log(`saved ${path}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
