/**
 * The story-check engine (src/data/story-check), run off the page's thread. Reading a story takes
 * the engine hundreds of ms at CPU x4 (the source story: 100 ms to build its vocabulary, 250 ms to
 * check; a long pasted text, more), in which a click or a key on the page would wait. One worker
 * answers every request of the page in turn, kept once started so that the engine is set up once.
 *
 * Where there is no worker (tests in jsdom, an old browser) or it cannot start, the engine is
 * loaded and run on the page's thread instead: slower to answer, but the same answer.
 */
import { useEffect, useRef, useState } from 'react';
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

/** The worker's reply: the answer, or what the engine threw on that request. */
export type NumberedAnswer =
  | { readonly id: number; readonly answer: EngineAnswer }
  | { readonly id: number; readonly error: string };

/** The engine's code could not be loaded at all (offline, before the service worker kept it). */
export class StoryEngineUnavailable extends Error {
  constructor(cause: unknown) {
    super("The story-check engine's code could not be loaded", { cause });
    this.name = 'StoryEngineUnavailable';
  }
}

interface Waiting {
  readonly request: EngineRequest;
  readonly resolve: (answer: EngineAnswer) => void;
  readonly reject: (error: unknown) => void;
}

/** undefined until first asked (or asked again after a failure); null where there is none. */
let worker: Worker | null | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 0;

function onThisThread(request: EngineRequest): Promise<EngineAnswer> {
  return import('./story-engine-answer').then(
    ({ answerEngineRequest }) => answerEngineRequest(request),
    (error: unknown) => {
      throw new StoryEngineUnavailable(error);
    },
  );
}

/** Answers on this thread every request the worker was still to answer. */
function answerWaitingHere(): void {
  for (const [id, entry] of waiting) {
    waiting.delete(id);
    onThisThread(entry.request).then(entry.resolve, entry.reject);
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  let started: Worker;
  try {
    started = new Worker(new URL('./story-engine.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  started.addEventListener('message', (event: MessageEvent<NumberedAnswer>) => {
    const reply = event.data;
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!entry) return;
    // The engine threw on this request only: the worker goes on answering the others.
    if ('error' in reply) entry.reject(new Error(reply.error));
    else entry.resolve(reply.answer);
  });
  // Its script could not be loaded (or an answer could not be copied back): it is given up, and
  // what it was asked is answered on this thread, as is all that follows until `retryStoryEngine`.
  const giveUp = () => {
    started.terminate();
    if (worker === started) worker = null;
    answerWaitingHere();
  };
  started.addEventListener('error', giveUp);
  started.addEventListener('messageerror', giveUp);
  return started;
}

/** After a failure to load the engine: the next request starts a worker again (a new download). */
export function retryStoryEngine(): void {
  if (worker === null) worker = undefined;
}

function isAnswerTo<R extends EngineRequest>(
  request: R,
  answer: EngineAnswer,
): answer is AnswerTo<R> {
  return answer.kind === request.kind;
}

/**
 * The engine's answer to `request`. Rejected with StoryEngineUnavailable if the engine cannot be
 * loaded at all, or with what the engine threw on this request.
 */
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

/** Why the latest request has no answer: the engine could not be loaded, or it failed on it. */
export type EngineFailure = 'unavailable' | 'failed';

/**
 * Asks the engine `request` (null asks nothing) and gives the latest request it has answered:
 * while a newer one is being answered the older answer stays, for the caller to show or not
 * (the same story checked against another report: yes; another story: no).
 *
 * One request at a time: asked again while one is being answered, only the newest waits, so
 * that a reader stepping through dates is answered for the date they stopped at, not for every
 * date in between.
 */
export function useStoryEngine<R extends EngineRequest>(
  request: R | null,
): {
  readonly latest: Answered<R> | null;
  /** A request newer than the latest answer is being answered. */
  readonly pending: boolean;
  readonly failure: EngineFailure | null;
} {
  const [latest, setLatest] = useState<Answered<R> | null>(null);
  const [failed, setFailed] = useState<{ request: R; failure: EngineFailure } | null>(null);
  const asking = useRef<{ inFlight: boolean; next: R | null; mounted: boolean }>({
    inFlight: false,
    next: null,
    mounted: true,
  });
  useEffect(() => {
    const state = asking.current;
    state.mounted = true;
    return () => {
      state.mounted = false;
    };
  }, []);
  useEffect(() => {
    if (request === null) return;
    const state = asking.current;
    if (state.inFlight) {
      state.next = request;
      return;
    }
    const ask = (asked: R) => {
      state.inFlight = true;
      const settle = () => {
        state.inFlight = false;
        const next = state.next;
        state.next = null;
        if (next !== null && next !== asked && state.mounted) ask(next);
      };
      askStoryEngine(asked).then(
        (answer) => {
          if (state.mounted) setLatest({ request: asked, answer });
          settle();
        },
        (error: unknown) => {
          const failure = error instanceof StoryEngineUnavailable ? 'unavailable' : 'failed';
          if (state.mounted) setFailed({ request: asked, failure });
          settle();
        },
      );
    };
    ask(request);
  }, [request]);
  const failure = request !== null && failed?.request === request ? failed.failure : null;
  return {
    latest,
    pending: request !== null && latest?.request !== request && failure === null,
    failure,
  };
}
