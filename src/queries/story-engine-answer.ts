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
 * The catalogue last asked with, kept as the same array while the next request's catalogue has
 * the same entries: the engine indexes a catalogue's names once per array (about 100 ms at CPU x4),
 * and each request arrives as a new copy of it.
 */
let lastRegions: readonly RegionName[] = [];

function sameCatalogue(regions: readonly RegionName[]): readonly RegionName[] {
  const same =
    regions.length === lastRegions.length &&
    regions.every((region, i) => {
      const last = lastRegions[i];
      return (
        region.code === last?.code && region.nameEn === last.nameEn && region.nameRu === last.nameRu
      );
    });
  if (!same) lastRegions = regions;
  return lastRegions;
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
