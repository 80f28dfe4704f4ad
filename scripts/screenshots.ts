/**
 * Saves screenshots of the main views of the production build, at a phone and a desktop size,
 * into screenshots/ (ignored by git), to look at before a change is called done.
 *
 * Usage: npm run screenshots   (builds first)
 */
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { launchBrowser } from './lib/browser';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
];

const VIEWS = [
  { name: 'default', query: '' },
  { name: 'story-range', query: '?from=2020-05-03&to=2020-05-07' },
  { name: 'story-focus', query: '?focus=2020-05-07' },
  { name: 'log-scale', query: '?log=daily-cases,total-cases,daily-deaths&table=total-cases' },
  { name: 'log-per-100k', query: '?region=RU-ALT&per=100k&log=daily-cases,daily-deaths' },
  { name: 'bad-link', query: '?from=banana&to=2020-13-45&scale=cubic&x=<script>alert(1)</script>' },
  { name: 'data-error', query: '', failData: true },
  { name: 'region', query: '?region=RU-MOW&focus=2020-05-03' },
  { name: 'per-100k', query: '?region=RU-SPE&per=100k' },
  { name: 'jhu-gap', query: '?source=jhu&from=2022-09-01&to=2022-10-31' },
  { name: 'official-gap', query: '?from=2022-09-01&to=2022-10-31&focus=2022-10-01' },
  { name: 'compare', query: '?from=2020-03-01&to=2021-12-31&compare=RU-MOW,RU-SPE,RU' },
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
          await page.route('**/data/**/*.json', (route) =>
            route.fulfill({ status: 500, body: 'error' }),
          );
        }
        await page.goto(`${base}${view.query}`);
        await page.waitForLoadState('networkidle');
        // Scroll down a screen at a time and back, so that the panels that load near the screen
        // are drawn.
        await page.evaluate(`(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
            scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        })()`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        await page.evaluate(() => window.scrollTo(0, 0));
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
