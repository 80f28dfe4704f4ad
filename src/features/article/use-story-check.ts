/**
 * The source story checked by the story-check engine, off the page's thread
 * (src/queries/story-engine.ts): with its publication date, against the official national series.
 */
import { useMemo } from 'react';
import { sourceArticle } from '../../data/article';
import type { Dataset } from '../../data/dataset';
import { RUSSIA } from '../../data/series';
import type { RegionName } from '../../data/story-check/place-names';
import type { StoryCheck } from '../../data/story-check/types';
import { type CheckRequest, useStoryEngine } from '../../queries/story-engine';

/**
 * No regions' names: the story's figures are national, and the panel checks them against the
 * national series only (it says so on a region's page), so the regions' catalogue, whose names
 * would only place a figure in a region, is not downloaded for it.
 */
const NATIONAL_ONLY: readonly RegionName[] = [];

/**
 * The check of `text` against `national`, once made; null until then, and if the engine cannot
 * be loaded (the story then reads in full, its figures unmarked). Without the data the engine
 * still finds every figure (where to mark them); its verdicts then only say the data is not
 * loaded, and are not shown.
 */
export function useStoryCheck(
  text: string | undefined,
  national: Dataset | null,
): StoryCheck | null {
  const request = useMemo(
    (): CheckRequest | null =>
      text === undefined
        ? null
        : {
            kind: 'check',
            text,
            regions: NATIONAL_ONLY,
            publicationDate: sourceArticle.newsDate,
            datasets: national ? [[RUSSIA, national]] : [],
          },
    [text, national],
  );
  // Only this request's answer: one made before the data came would show verdicts that only say
  // the data is not loaded.
  const { latest } = useStoryEngine(request);
  if (latest === null || latest.request !== request) return null;
  return latest.answer.check;
}
