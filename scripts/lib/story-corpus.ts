/**
 * The corpus of "Check any story": short wire-style texts in English and Russian, one JSON file
 * each in tests/fixtures/stories/, with every figure a reader finds in them and what the official
 * data says of each (see tests/fixtures/stories/README.md). Read and validated here, for the
 * evaluation script and its test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type IsoDate, isIsoDate } from '../../src/data/iso-date';
import * as shape from '../../src/data/json-shape';
import { isPlaceCode, type PlaceCode } from '../../src/data/series';
import type { ReasonKind, Verdict } from '../../src/data/story-check/types';
import { VERDICT_OF } from '../../src/data/story-check/types';

export const CORPUS_DIR = join(import.meta.dirname, '../../tests/fixtures/stories');
const REPO_DIR = join(import.meta.dirname, '../..');

export interface ExpectedFigure {
  /** The number as written in the text ("11,231", "11,2 тыс."). */
  readonly text: string;
  /** Which occurrence of `text` it is, from 1 (when the same number is written twice). */
  readonly occurrence: number;
  readonly value: number;
  readonly verdict: Verdict;
  readonly reason: ReasonKind | null;
  readonly place: PlaceCode | null;
  readonly field: string | null;
  readonly reportDate: IsoDate | null;
  readonly dataValue: number | null;
}

export interface CorpusStory {
  readonly id: string;
  readonly language: 'en' | 'ru' | 'mixed';
  readonly text: string;
  readonly publicationDate: IsoDate | null;
  /** The report the figures come from; null when none can be placed. */
  readonly expectedReportDate: IsoDate | null;
  readonly figures: readonly ExpectedFigure[];
}

function optional<T>(read: shape.Shape<T>): shape.Shape<T | null> {
  return (value, path, problems) => (value === undefined ? null : read(value, path, problems));
}

const isoDate = shape.refine(shape.string, isIsoDate, 'Expected a date YYYY-MM-DD');
const reasonKinds = Object.keys(VERDICT_OF) as ReasonKind[];

const figureShape = shape.object({
  text: shape.string,
  occurrence: optional(shape.number),
  value: shape.number,
  verdict: shape.oneOf(['verified', 'refuted', 'uncheckable'] as const),
  reason: optional(shape.oneOf(reasonKinds)),
  place: optional(shape.refine(shape.string, isPlaceCode, 'Expected a place code')),
  field: optional(shape.string),
  reportDate: optional(isoDate),
  dataValue: optional(shape.number),
});

const storyShape = shape.object({
  id: shape.string,
  language: shape.oneOf(['en', 'ru', 'mixed'] as const),
  note: optional(shape.string),
  publicationDate: optional(isoDate),
  text: optional(shape.string),
  textFile: optional(shape.string),
  expectedReportDate: (value, path, problems) =>
    value === null ? null : isoDate(value, path, problems),
  figures: shape.arrayOf(figureShape),
});

/** Every story of the corpus, in file-name order; throws naming the file that does not validate. */
export function readCorpus(directory = CORPUS_DIR): CorpusStory[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readStory(name, readFileSync(join(directory, name), 'utf8')));
}

function readStory(name: string, json: string): CorpusStory {
  const read = shape.readShape(storyShape, JSON.parse(json));
  if (!read.ok) {
    const problems = read.problems.map((p) => `${p.path}: ${p.detail}`).join('; ');
    throw new Error(`${name}: ${problems}`);
  }
  const story = read.value;
  const text =
    story.text ?? (story.textFile ? readFileSync(join(REPO_DIR, story.textFile), 'utf8') : null);
  if (text === null) throw new Error(`${name}: a story needs "text" or "textFile"`);
  return {
    id: story.id,
    language: story.language,
    text,
    publicationDate: story.publicationDate,
    expectedReportDate: story.expectedReportDate,
    figures: story.figures.map((figure) => ({ ...figure, occurrence: figure.occurrence ?? 1 })),
  };
}
