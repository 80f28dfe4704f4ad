/**
 * `npm run fuzz`: the attack harness. Serves a production build, opens it in headless Chromium and
 * throws at it generated links, malformed data files and network faults (scripts/lib/fuzz-cases.ts),
 * checking each against what the page must do (scripts/lib/fuzz-run.ts). Prints a table per family
 * and the failures; exits 1 if any case failed.
 *
 *   npx tsx scripts/fuzz.ts [--dist dist] [--links 10000] [--seed 1] [--files all|N]
 *                           [--concurrency N] [--json report.json]
 *
 * --seed names the run: the same seed and counts replay the same cases. --files N tries a seeded
 * sample of N data-file cases. --concurrency: pages that take links, data files and faults side by
 * side (default: the cores, at most 4). --json writes every failure (the printed list stops at 50).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type PreviewServer, preview } from 'vite';
import { launchBrowser } from './lib/browser';
import { dataFileCases, generateLinkCases, networkFaultCases, sampleCases } from './lib/fuzz-cases';
import {
  DEFAULT_CONCURRENCY,
  type FamilyResult,
  fetchRealDataFile,
  formatFailureKinds,
  formatFailures,
  formatTable,
  hasFailures,
  runDataFileCases,
  runLinkCases,
  runNetworkFaultCases,
} from './lib/fuzz-run';

interface Options {
  readonly dist: string;
  readonly links: number;
  readonly seed: string;
  readonly files: number | 'all';
  readonly concurrency: number;
  readonly json: string | null;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      links: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      files: { type: 'string', default: 'all' },
      concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
      json: { type: 'string' },
    },
  });
  const count = (name: string, text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} wants a count: ${text}`);
    return value;
  };
  return {
    dist: values.dist,
    links: count('links', values.links),
    seed: values.seed,
    files: values.files === 'all' ? 'all' : count('files', values.files),
    concurrency: Math.max(1, count('concurrency', values.concurrency)),
    json: values.json ?? null,
  };
}

/**
 * Vite's preview server on a free loopback port. The project's vite.config.ts is used when it
 * loads (it may set `base`); while someone is mid-edit and it does not, the build is served
 * without it rather than not at all.
 */
async function serve(outDir: string): Promise<PreviewServer> {
  const settings = {
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'error',
  } as const;
  try {
    return await preview(settings);
  } catch (error) {
    console.warn(
      `vite.config.ts did not load (${String(error).split('\n')[0]}); serving without it`,
    );
    return preview({ ...settings, configFile: false });
  }
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const options = readOptions();
  if (!existsSync(`${options.dist}/index.html`)) {
    console.error(
      `No build in ${options.dist}/: run \`npx vite build\` first (npm run fuzz does).`,
    );
    return 2;
  }
  const started = Date.now();
  const server = await serve(options.dist);
  const baseURL = server.resolvedUrls?.local[0];
  if (!baseURL) throw new Error('The preview server did not report its address');
  const browser = await launchBrowser();
  const results: FamilyResult[] = [];
  try {
    const real = await fetchRealDataFile(browser, baseURL);
    console.log(
      `Serving ${options.dist} at ${baseURL}; data file ${real.path}; seed ${options.seed}`,
    );

    const links = generateLinkCases(options.links, options.seed);
    let phase = Date.now();
    results.push(
      await runLinkCases(browser, baseURL, links, {
        pages: options.concurrency,
        onProgress: (done) => {
          if (done % 1000 === 0)
            console.log(`  links: ${done}/${links.length} (${seconds(phase)})`);
        },
      }),
    );
    console.log(`links: ${links.length} in ${seconds(phase)}`);

    const files = sampleCases(dataFileCases(real), options.files, options.seed);
    phase = Date.now();
    results.push(await runDataFileCases(browser, baseURL, real, files, options.concurrency));
    console.log(`data files: ${files.length} in ${seconds(phase)}`);

    const faults = networkFaultCases();
    phase = Date.now();
    results.push(await runNetworkFaultCases(browser, baseURL, faults, options.concurrency));
    console.log(`network faults: ${faults.length} in ${seconds(phase)}`);
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(`\n${formatTable(results)}\n`);
  console.log('(notices shown: expected notices that appeared; a notice where none was expected');
  console.log(' is a failure; page errors include dialogs)\n');
  const notes = results.flatMap((r) => r.notes);
  if (notes.length > 0) console.log(`Notes:\n${notes.map((n) => `  ${n}`).join('\n')}\n`);
  if (hasFailures(results)) {
    console.log(
      `Failures by kind:\n${formatFailureKinds(results)
        .map((l) => `  ${l}`)
        .join('\n')}\n`,
    );
    console.log(`Failures:\n${formatFailures(results, 50).join('\n')}`);
  }
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify({ seed: options.seed, results }, null, 2)}\n`);
    console.log(`\nEvery failure written to ${options.json}`);
  }
  console.log(`\nTotal time ${seconds(started)}`);
  return hasFailures(results) ? 1 : 0;
}

process.exitCode = await main();
