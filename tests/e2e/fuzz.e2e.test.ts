/**
 * The attack harness in CI (the full run is `npm run fuzz`, scripts/fuzz.ts): 500 generated links
 * through history in one page, every malformed data file, every network fault, with the same cases
 * and the same checks as the script. A failure lists each failing case, what was expected and what
 * happened; replay it with `npx tsx scripts/fuzz.ts --seed <FUZZ_SEED>`.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import {
  dataFileCases,
  generateLinkCases,
  networkFaultCases,
  type RealDataFile,
} from '../../scripts/lib/fuzz-cases';
import {
  DEFAULT_CONCURRENCY,
  type FamilyResult,
  fetchRealDataFile,
  formatFailures,
  runDataFileCases,
  runLinkCases,
  runNetworkFaultCases,
} from '../../scripts/lib/fuzz-run';

/** A fixed seed, so that CI tries the same links every run (set FUZZ_SEED to explore others). */
const SEED = process.env.FUZZ_SEED ?? 'ci';
const LINKS = 500;

const baseURL = inject('baseURL');
let browser: Browser;
let real: RealDataFile;

beforeAll(async () => {
  browser = await launchBrowser();
  real = await fetchRealDataFile(browser, baseURL);
});
afterAll(async () => {
  await browser?.close();
});

/** Every failing case on its own line, so that the assertion's diff is the report. */
function expectNoFailures(result: FamilyResult): void {
  expect(formatFailures([result], Number.POSITIVE_INFINITY), `seed ${SEED}`).toEqual([]);
  // The counts follow from the failures, but say so directly where they matter most.
  expect(result.pageErrors + result.consoleErrors + result.blankPages).toBe(0);
  expect(result.noticesShown).toBe(result.noticesExpected);
}

describe('attack harness (production build, headless Chromium)', () => {
  it(`survives ${LINKS} generated links, a notice exactly for the unusable ones`, async () => {
    const links = generateLinkCases(LINKS, SEED);
    const result = await runLinkCases(browser, baseURL, links, { pages: DEFAULT_CONCURRENCY });
    expect(result.tried).toBe(LINKS);
    expectNoFailures(result);
  }, 150_000);

  it('explains every malformed data file and keeps hostile strings as text', async () => {
    const files = dataFileCases(real);
    const result = await runDataFileCases(browser, baseURL, real, files);
    expect(result.tried).toBe(files.length);
    expectNoFailures(result);
  }, 240_000);

  it('says what happened on every network fault and recovers once it is lifted', async () => {
    const faults = networkFaultCases();
    const result = await runNetworkFaultCases(browser, baseURL, faults);
    expect(result.tried).toBe(faults.length);
    expectNoFailures(result);
  }, 180_000);
});
