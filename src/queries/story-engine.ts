/**
 * The story-check engine (src/data/story-check), run off the page's thread. Reading a story takes
 * the engine hundreds of ms at CPU x4 (the source story: 100 ms to build its vocabulary, 250 ms to
 * check; a long pasted text, more), in which a click or a key on the page would wait. One worker
 * answers every request of the page in turn, kept once started so that the engine is set up once.
 *
 * Where there is no worker (tests in jsdom, an old browser) or it fails, the engine is loaded and
 * run on the page's thread instead: slower to answer, but the same answer.
 */
import { useEffect, useState } from 'react';
import type { Dataset } from '../data/dataset';
import type { IsoDate } from '../data/iso-date';
import type { PlaceCode } from '../data/series';
import type { RegionName } from '../data/story-check/place-names';
import type { StoryCheck } from '../data/story-check/types';

/** The places a text names, whose series the check will need. */
export interface PlacesRequest {
  readonly kind: 'places';
  readonly text: string;
  readonly regions: readonly RegionName[];
}

/** Each figure of a text, found, dated and checked against the series given. */
export interface CheckRequest {
  readonly kind: 'check';
  readonly text: string;
  readonly regions: readonly RegionName[];
  readonly publicationDate?: IsoDate | undefined;
  readonly reportDate?: IsoDate | undefined;
  /** Each place's official series that is loaded; a place without one is not checked. */
  readonly datasets: readonly (readonly [PlaceCode, Dataset])[];
}

/** What the page asks the engine. Plain data: it is copied to the worker. */
export type EngineRequest = PlacesRequest | CheckRequest;

export type EngineAnswer =
  | { readonly kind: 'places'; readonly places: readonly PlaceCode[] }
  | { readonly kind: 'check'; readonly check: StoryCheck };

/** The answer to a request of this kind. */
export type AnswerTo<R extends EngineRequest> = Extract<EngineAnswer, { kind: R['kind'] }>;

/** A request as sent to the worker, numbered so that its answer finds its way back. */
export interface NumberedRequest {
  readonly id: number;
  readonly request: EngineRequest;
}

interface Waiting {
  readonly request: EngineRequest;
  readonly resolve: (answer: EngineAnswer) => void;
  readonly reject: (error: unknown) => void;
}

/** undefined until first asked; null where there is none, or once it has failed. */
let worker: Worker | null | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 0;

function onThisThread(request: EngineRequest): Promise<EngineAnswer> {
  return import('./story-engine-answer').then(({ answerEngineRequest }) =>
    answerEngineRequest(request),
  );
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  let started: Worker;
  try {
    started = new Worker(new URL('./story-engine.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  started.addEventListener(
    'message',
    (event: MessageEvent<{ id: number; answer: EngineAnswer }>) => {
      const entry = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      entry?.resolve(event.data.answer);
    },
  );
  // Its script could not be loaded, or the engine threw: what it was asked, and all that follows,
  // is answered on this thread.
  started.addEventListener('error', () => {
    started.terminate();
    worker = null;
    for (const [id, entry] of waiting) {
      waiting.delete(id);
      onThisThread(entry.request).then(entry.resolve, entry.reject);
    }
  });
  return started;
}

function isAnswerTo<R extends EngineRequest>(
  request: R,
  answer: EngineAnswer,
): answer is AnswerTo<R> {
  return answer.kind === request.kind;
}

/** The engine's answer to `request`: rejected only if the engine cannot be loaded at all. */
export async function askStoryEngine<R extends EngineRequest>(request: R): Promise<AnswerTo<R>> {
  if (worker === undefined) worker = startWorker();
  const engine = worker;
  const answer = await (engine
    ? new Promise<EngineAnswer>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { request, resolve, reject });
        try {
          engine.postMessage({ id, request } satisfies NumberedRequest);
        } catch {
          // Data the worker cannot be sent: answered here.
          waiting.delete(id);
          onThisThread(request).then(resolve, reject);
        }
      })
    : onThisThread(request));
  if (!isAnswerTo(request, answer)) throw new Error(`The engine answered a ${answer.kind} request`);
  return answer;
}

/** The latest request answered, with its answer. */
export interface Answered<R extends EngineRequest> {
  readonly request: R;
  readonly answer: AnswerTo<R>;
}

/**
 * Asks the engine `request` (null asks nothing) and gives the latest request it has answered:
 * while a newer one is being answered the older answer stays, for the caller to show or not
 * (the same story checked against another report: yes; another story: no). `failed`: the engine
 * could not be loaded for the latest request (offline, before the service worker kept it).
 */
export function useStoryEngine<R extends EngineRequest>(
  request: R | null,
): {
  readonly latest: Answered<R> | null;
  readonly pending: boolean;
  readonly failed: boolean;
} {
  const [latest, setLatest] = useState<Answered<R> | null>(null);
  const [failedFor, setFailedFor] = useState<R | null>(null);
  useEffect(() => {
    if (request === null) return;
    let current = true;
    askStoryEngine(request).then(
      (answer) => {
        if (current) setLatest({ request, answer });
      },
      () => {
        if (current) setFailedFor(request);
      },
    );
    return () => {
      current = false;
    };
  }, [request]);
  const failed = request !== null && failedFor === request;
  return { latest, pending: request !== null && latest?.request !== request && !failed, failed };
}
