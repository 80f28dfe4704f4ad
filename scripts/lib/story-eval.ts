/**
 * Measures "Check any story" on its corpus: how many of the figures a reader finds the engine finds
 * (recall), how many of those it finds are real figures (precision), and how many of the matched
 * figures get the right verdict (and the right report, place, field, data value and reason).
 *
 * A figure found matches an expected one when it has the same value and their spans overlap.
 */
import { checkStory } from '../../src/data/story-check/check-story';
import { describeCheck } from '../../src/data/story-check/describe';
import type { DatasetFor } from '../../src/data/story-check/judge';
import type { RegionName } from '../../src/data/story-check/place-names';
import type { FigureCheck, ReportDating, TextSpan } from '../../src/data/story-check/types';
import type { CorpusStory, ExpectedFigure } from './story-corpus';

/** The goal each measure must reach. */
export const TARGET = 0.95;

export interface EvaluationOptions {
  readonly datasetFor: DatasetFor;
  readonly regions: readonly RegionName[];
}

export interface Evaluation {
  readonly stories: number;
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  /** Matched figures with the expected verdict. */
  readonly rightVerdicts: number;
  /** ... and the expected report date, place, field, data value and reason, where stated. */
  readonly rightDetails: number;
  /** Stories whose report date is the one expected. */
  readonly rightDates: number;
  readonly precision: number;
  readonly recall: number;
  readonly verdictShare: number;
  readonly detailShare: number;
  readonly datingShare: number;
  /** One line per figure missed, found in excess, or judged otherwise than expected. */
  readonly problems: readonly string[];
}

export function evaluateStories(
  stories: readonly CorpusStory[],
  options: EvaluationOptions,
): Evaluation {
  let expected = 0;
  let found = 0;
  let matched = 0;
  let rightVerdicts = 0;
  let rightDetails = 0;
  let rightDates = 0;
  const problems: string[] = [];
  for (const story of stories) {
    const result = checkStory(story.text, {
      datasetFor: options.datasetFor,
      regions: options.regions,
      publicationDate: story.publicationDate ?? undefined,
    });
    const reportDate = datingDate(result.dating);
    if (reportDate === story.expectedReportDate) rightDates++;
    else problems.push(`${story.id}: report ${reportDate} instead of ${story.expectedReportDate}`);
    expected += story.figures.length;
    found += result.figures.length;
    const unmatched = new Set(result.figures);
    for (const figure of story.figures) {
      const span = spanOf(story.text, figure);
      const check = [...unmatched].find(
        (candidate) =>
          Math.abs(candidate.figure.value - figure.value) < 1e-9 &&
          span !== null &&
          candidate.figure.span.start < span.end &&
          span.start < candidate.figure.span.end,
      );
      if (!check) {
        problems.push(`${story.id}: "${figure.text}" not found`);
        continue;
      }
      unmatched.delete(check);
      matched++;
      const differences = differencesFrom(figure, check);
      if (figure.verdict === check.verdict) rightVerdicts++;
      if (differences.length === 0) rightDetails++;
      else {
        problems.push(
          `${story.id}: "${figure.text}" ${differences.join(', ')} (${describeCheck(check)})`,
        );
      }
    }
    for (const extra of unmatched) {
      problems.push(`${story.id}: "${extra.figure.text}" found, not a figure of the story`);
    }
  }
  const share = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    stories: stories.length,
    expected,
    found,
    matched,
    rightVerdicts,
    rightDetails,
    rightDates,
    precision: share(matched, found),
    recall: share(matched, expected),
    verdictShare: share(rightVerdicts, matched),
    detailShare: share(rightDetails, matched),
    datingShare: share(rightDates, stories.length),
    problems,
  };
}

function datingDate(dating: ReportDating): string | null {
  return dating.basis === 'none' ? null : dating.reportDate;
}

/** Where the expected figure is: the `occurrence`-th time its text appears. */
function spanOf(text: string, figure: ExpectedFigure): TextSpan | null {
  let start = -1;
  for (let n = 0; n < figure.occurrence; n++) {
    start = text.indexOf(figure.text, start + 1);
    if (start < 0) return null;
  }
  return { start, end: start + figure.text.length };
}

/** What differs between what the corpus expects of a figure and what the engine says. */
function differencesFrom(expected: ExpectedFigure, check: FigureCheck): string[] {
  const differences: string[] = [];
  const compare = (what: string, want: unknown, got: unknown) => {
    if (want !== null && want !== got)
      differences.push(`${what} ${String(got)} instead of ${String(want)}`);
  };
  compare('verdict', expected.verdict, check.verdict);
  compare('reason', expected.reason, check.reason.kind);
  compare('place', expected.place, check.place);
  compare('field', expected.field, check.field);
  compare('report', expected.reportDate, check.reportDate);
  compare('data value', expected.dataValue, check.dataValue);
  return differences;
}

/** The measures, one a line, and whether each reaches TARGET. */
export function formatEvaluation(evaluation: Evaluation): string {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const line = (name: string, share: number, detail: string) =>
    `${share >= TARGET ? 'ok  ' : 'FAIL'} ${name.padEnd(34)} ${percent(share).padStart(6)}  (${detail})`;
  return [
    `${evaluation.stories} stories, ${evaluation.expected} figures expected, ${evaluation.found} found, ${evaluation.matched} matched`,
    line(
      'precision of figures found',
      evaluation.precision,
      `${evaluation.matched}/${evaluation.found}`,
    ),
    line(
      'recall of figures expected',
      evaluation.recall,
      `${evaluation.matched}/${evaluation.expected}`,
    ),
    line(
      'correct verdicts',
      evaluation.verdictShare,
      `${evaluation.rightVerdicts}/${evaluation.matched}`,
    ),
    line(
      'correct verdict, report, place, value',
      evaluation.detailShare,
      `${evaluation.rightDetails}/${evaluation.matched}`,
    ),
    line(
      'report dates chosen as expected',
      evaluation.datingShare,
      `${evaluation.rightDates}/${evaluation.stories}`,
    ),
  ].join('\n');
}

/** True when every measure reaches TARGET. */
export function meetsTarget(evaluation: Evaluation): boolean {
  return [
    evaluation.precision,
    evaluation.recall,
    evaluation.verdictShare,
    evaluation.detailShare,
    evaluation.datingShare,
  ].every((share) => share >= TARGET);
}
