/**
 * The corpus of "Check any story" (tests/fixtures/stories/) and the goal the engine is held to on
 * it: the same evaluation as scripts/eval-stories.ts, at 95% or better on every measure.
 */
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/lib/story-corpus';
import { shippedOfficialDataset, shippedRegions } from '../../scripts/lib/story-data';
import { evaluateStories, formatEvaluation, TARGET } from '../../scripts/lib/story-eval';

const corpus = readCorpus();

describe('the corpus', () => {
  it('has at least 40 stories besides the source story, half of them in Russian', () => {
    const written = corpus.filter((story) => story.id !== 'source-article');
    expect(written.length).toBeGreaterThanOrEqual(40);
    const russian = written.filter((story) => story.language === 'ru').length;
    expect(russian / written.length).toBeGreaterThanOrEqual(0.45);
  });

  it('spans the years, places, verdicts and reasons the engine must handle', () => {
    const figures = corpus.flatMap((story) => story.figures);
    const years = new Set(figures.map((figure) => figure.reportDate?.slice(0, 4)));
    for (const year of ['2020', '2021', '2022', '2023']) expect(years).toContain(year);
    const places = new Set(figures.map((figure) => figure.place));
    for (const place of ['RU', 'RU-MOW', 'RU-SPE', 'RU-MOS', 'RU-TA', 'RU-KDA']) {
      expect(places).toContain(place);
    }
    const verdicts = new Set(figures.map((figure) => figure.verdict));
    expect([...verdicts].sort()).toEqual(['refuted', 'uncheckable', 'verified']);
    const reasons = new Set(figures.map((figure) => figure.reason));
    for (const reason of [
      'equal',
      'rounds-to',
      'bound-holds',
      'near',
      'run-holds',
      'record-holds',
      'differs',
      'bound-fails',
      'not-near',
      'run-differs',
      'not-a-record',
      'bound-too-loose',
      'out-of-scope',
      'percentage',
      'per-capita',
      'metric-unknown',
      'foreign-place',
      'not-reported',
    ]) {
      expect(reasons, reason).toContain(reason);
    }
    // The Omicron peak: 203,949 new cases in the report of 2022-02-11.
    expect(figures).toContainEqual(
      expect.objectContaining({ value: 203_949, reportDate: '2022-02-11', dataValue: 203_949 }),
    );
  });

  it('states each expected figure where its text says it', () => {
    for (const story of corpus) {
      for (const figure of story.figures) {
        const occurrences = story.text.split(figure.text).length - 1;
        expect(occurrences, `${story.id}: ${figure.text}`).toBeGreaterThanOrEqual(
          figure.occurrence,
        );
      }
    }
  });
});

describe('the engine on the corpus', () => {
  it(`finds and judges the figures at ${TARGET * 100}% or better on every measure`, () => {
    const evaluation = evaluateStories(corpus, {
      datasetFor: shippedOfficialDataset,
      regions: shippedRegions(),
    });
    const report = `${formatEvaluation(evaluation)}\n${evaluation.problems.join('\n')}`;
    expect(evaluation.precision, report).toBeGreaterThanOrEqual(TARGET);
    expect(evaluation.recall, report).toBeGreaterThanOrEqual(TARGET);
    expect(evaluation.verdictShare, report).toBeGreaterThanOrEqual(TARGET);
    expect(evaluation.detailShare, report).toBeGreaterThanOrEqual(TARGET);
    expect(evaluation.datingShare, report).toBeGreaterThanOrEqual(TARGET);
  }, 30_000);
});
