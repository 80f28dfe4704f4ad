/**
 * The source story checked by the story-check engine, in a worker. Setting the engine up and
 * reading the whole story took the page's thread about 350 ms at CPU x4 (100 ms to build the
 * engine's vocabulary, 250 ms to check), the longest tasks after its first screen, in which a
 * click or a key would wait. Where there is no worker (tests in jsdom) or it fails, the engine is
 * loaded and run on the page's thread instead.
 */
import { useEffect, useState } from 'react';
import type { Dataset } from '../../data/dataset';
import type { StoryCheck } from '../../data/story-check/types';
import type { SourceStoryRequest } from './source-story-check';

/** A check, with what it was made from: a newer text or dataset makes it stale. */
interface Checked extends SourceStoryRequest {
  readonly check: StoryCheck;
}

function checkOnThisThread(request: SourceStoryRequest): Promise<StoryCheck> {
  return import('./source-story-check').then(({ checkSourceStory }) =>
    checkSourceStory(request.text, request.national),
  );
}

function checkInWorker(request: SourceStoryRequest): {
  result: Promise<StoryCheck>;
  stop: () => void;
} {
  const worker = new Worker(new URL('./story-check.worker.ts', import.meta.url), {
    type: 'module',
  });
  const result = new Promise<StoryCheck>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<StoryCheck>) => resolve(event.data));
    worker.addEventListener('error', () => resolve(checkOnThisThread(request)));
  });
  worker.postMessage(request);
  return { result: result.finally(() => worker.terminate()), stop: () => worker.terminate() };
}

/** The check of `text` against `national`, once made; null until then. */
export function useStoryCheck(
  text: string | undefined,
  national: Dataset | null,
): StoryCheck | null {
  const [checked, setChecked] = useState<Checked | null>(null);
  useEffect(() => {
    if (text === undefined) return;
    const request: SourceStoryRequest = { text, national };
    let current = true;
    const { result, stop } =
      typeof Worker === 'undefined'
        ? { result: checkOnThisThread(request), stop: () => {} }
        : checkInWorker(request);
    result.then(
      (check) => {
        if (current) setChecked({ ...request, check });
      },
      () => {
        // Neither the worker nor the engine's chunk could be loaded (offline, before the service
        // worker kept them): the story still reads in full, its figures unmarked.
      },
    );
    return () => {
      current = false;
      stop();
    };
  }, [text, national]);
  return checked && checked.text === text && checked.national === national ? checked.check : null;
}
