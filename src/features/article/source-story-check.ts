/**
 * The source story as the story-check engine checks it: with its publication date, against the
 * official national series (the story is national: no region names are given). Run in a worker
 * (story-check.worker.ts), or on the page's thread where there is none (use-story-check.ts).
 */
import { sourceArticle } from '../../data/article';
import type { Dataset } from '../../data/dataset';
import { type PlaceCode, RUSSIA } from '../../data/series';
import { checkStory } from '../../data/story-check/check-story';
import type { RegionName } from '../../data/story-check/place-names';
import type { StoryCheck } from '../../data/story-check/types';

/**
 * No regions' names: the story's figures are national, and the panel checks them against the
 * national series only (it says so on a region's page), so the regions' catalogue, whose names
 * would only place a figure in a region, is not downloaded for it. One array, so that the engine's
 * index of names is built once.
 */
const NATIONAL_ONLY: readonly RegionName[] = [];

/**
 * Without the data, the engine still finds every figure (where to mark them); its verdicts then
 * only say the data is not loaded, and are not shown.
 */
export function checkSourceStory(text: string, national: Dataset | null): StoryCheck {
  return checkStory(text, {
    publicationDate: sourceArticle.newsDate,
    regions: NATIONAL_ONLY,
    datasetFor: (place: PlaceCode) => (place === RUSSIA ? (national ?? undefined) : undefined),
  });
}

/** What the page sends the worker. */
export interface SourceStoryRequest {
  readonly text: string;
  readonly national: Dataset | null;
}
