/**
 * Lighthouse (mobile: a mid-range phone on a slow 4G connection, simulated) against the production
 * build served on loopback. Prints the four category scores and the metrics behind performance.
 *
 * Usage: npm run audit   (builds first; about 20 s; not part of CI, as its figures vary)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/browser';

const GOALS: Record<string, number> = {
  performance: 0.98,
  accessibility: 1,
  'best-practices': 1,
  seo: 1,
};

async function main(): Promise<void> {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('no preview address');
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(GOALS),
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { lhr } = result;
    console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${url}\n`);
    for (const [id, goal] of Object.entries(GOALS)) {
      const score = lhr.categories[id]?.score ?? Number.NaN;
      console.log(
        `${id.padEnd(16)} ${score.toFixed(2)}   goal >= ${goal.toFixed(2)}: ${score >= goal ? 'met' : 'MISSED'}`,
      );
    }
    console.log('');
    for (const metric of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]) {
      const audit = lhr.audits[metric];
      console.log(`${(audit?.title ?? metric).padEnd(26)} ${audit?.displayValue ?? '-'}`);
    }
    const failing = Object.values(lhr.audits).filter(
      (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
    );
    if (failing.length > 0)
      console.log(`\nAudits not passed: ${failing.map((a) => a.id).join(', ')}`);
  } finally {
    chrome.kill();
    await server.close();
  }
}

await main();
