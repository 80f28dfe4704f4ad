/**
 * Runs "Check any story" on its corpus (tests/fixtures/stories/, the source story included) against
 * the shipped data and prints precision and recall of the figures found, the share of correct
 * verdicts and of reports chosen as expected; exits with 1 if any is below 95%.
 *
 *   npx tsx scripts/eval-stories.ts            the measures, and every figure that went wrong
 *   npx tsx scripts/eval-stories.ts --quiet    the measures only
 */
import { readCorpus } from './lib/story-corpus';
import { shippedOfficialDataset, shippedRegions } from './lib/story-data';
import { evaluateStories, formatEvaluation, meetsTarget } from './lib/story-eval';

const quiet = process.argv.includes('--quiet');
const started = performance.now();
const evaluation = evaluateStories(readCorpus(), {
  datasetFor: shippedOfficialDataset,
  regions: shippedRegions(),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);

process.stdout.write(`${formatEvaluation(evaluation)}\n(${seconds} s)\n`);
if (!quiet && evaluation.problems.length > 0) {
  process.stdout.write(`\n${evaluation.problems.map((problem) => `- ${problem}`).join('\n')}\n`);
}
process.exitCode = meetsTarget(evaluation) ? 0 : 1;
