/**
 * The story-check engine's answers to the page's requests (story-engine.ts): the one place that
 * runs the engine, in the worker (story-engine.worker.ts), or on the page's thread where there is
 * no worker. Loaded only by those two: the engine is 16 KB of code the first screen never needs.
 */
import type { Dataset } from '../data/dataset';
import type { PlaceCode } from '../data/series';
import { checkStory, placesMentioned } from '../data/story-check/check-story';
import type { RegionName } from '../data/story-check/place-names';
import type { EngineAnswer, EngineRequest } from './story-engine';

/**
 * Each catalogue asked with, by its entries: the engine indexes a catalogue's names once per
 * array (about 100 ms at CPU x4), and each request arrives with a new copy of it. The source
 * story is read with no regions and "Check a story" with all of them: two entries, kept both.
 */
const catalogues = new Map<string, readonly RegionName[]>();

function sameCatalogue(regions: readonly RegionName[]): readonly RegionName[] {
  const key = regions.map((region) => `${region.code}:${region.nameEn}:${region.nameRu}`).join('|');
  const kept = catalogues.get(key);
  if (kept) return kept;
  // Only a changed catalogue (a new build's) would add more: the older ones are not asked again.
  if (catalogues.size >= 4) catalogues.clear();
  catalogues.set(key, regions);
  return regions;
}

export function answerEngineRequest(request: EngineRequest): EngineAnswer {
  const regions = sameCatalogue(request.regions);
  if (request.kind === 'places') {
    return { kind: 'places', places: placesMentioned(request.text, regions) };
  }
  const datasets = new Map<PlaceCode, Dataset>(request.datasets);
  return {
    kind: 'check',
    check: checkStory(request.text, {
      publicationDate: request.publicationDate,
      reportDate: request.reportDate,
      regions,
      datasetFor: (place) => datasets.get(place),
    }),
  };
}
