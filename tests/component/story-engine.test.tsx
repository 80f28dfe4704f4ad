/**
 * The story-check engine's client (src/queries/story-engine.ts), with a worker played by the
 * test: what it is sent, what comes back, and what happens when it fails. The page-thread answers
 * are the real engine's.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlaceCode } from '../../src/data/series';
import type {
  NumberedAnswer,
  NumberedRequest,
  PlacesRequest,
} from '../../src/queries/story-engine';

type Engine = typeof import('../../src/queries/story-engine');

/** A worker whose replies the test writes. */
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  readonly received: NumberedRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.started.push(this);
  }
  postMessage(message: NumberedRequest) {
    this.received.push(structuredClone(message));
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: NumberedAnswer) {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
  /** Its script could not be loaded. */
  fail() {
    this.dispatchEvent(new Event('error'));
  }
}

const REGIONS = [{ code: 'RU-MOW' as PlaceCode, nameEn: 'Moscow', nameRu: 'Москва' }];
const places = (text: string): PlacesRequest => ({ kind: 'places', text, regions: REGIONS });
const MOSCOW_STORY = 'В Москве за сутки выявлено 2 800 новых случаев.';

/** The client as a page loads it: no worker started yet. */
async function freshEngine(): Promise<Engine> {
  vi.resetModules();
  return import('../../src/queries/story-engine');
}

const only = (list: readonly FakeWorker[]): FakeWorker => {
  expect(list).toHaveLength(1);
  return list[0] as FakeWorker;
};

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../src/queries/story-engine-answer');
});

describe('the story-check engine client', () => {
  it('sends each request to one worker, and an error on one rejects that one only', async () => {
    const engine = await freshEngine();
    const first = engine.askStoryEngine(places('one'));
    const second = engine.askStoryEngine(places('two'));
    const worker = only(FakeWorker.started);
    expect(worker.received.map((message) => message.request.text)).toEqual(['one', 'two']);
    const [one, two] = worker.received as [NumberedRequest, NumberedRequest];
    worker.reply({ id: two.id, answer: { kind: 'places', places: ['RU-MOW' as PlaceCode] } });
    worker.reply({ id: one.id, error: 'the engine stopped' });
    await expect(second).resolves.toEqual({ kind: 'places', places: ['RU-MOW'] });
    await expect(first).rejects.toThrow('the engine stopped');
    await expect(first).rejects.not.toBeInstanceOf(engine.StoryEngineUnavailable);
    // Still the same worker for what follows.
    void engine.askStoryEngine(places('three'));
    expect(only(FakeWorker.started).received).toHaveLength(3);
    expect(worker.terminated).toBe(false);
  });

  it('answers on the page thread what a worker that cannot start was asked, and what follows', async () => {
    const engine = await freshEngine();
    const asked = engine.askStoryEngine(places(MOSCOW_STORY));
    const worker = only(FakeWorker.started);
    worker.fail();
    const moscow = { kind: 'places', places: expect.arrayContaining(['RU-MOW']) };
    await expect(asked).resolves.toEqual(moscow);
    expect(worker.terminated).toBe(true);
    await expect(engine.askStoryEngine(places(MOSCOW_STORY))).resolves.toEqual(moscow);
    expect(FakeWorker.started).toHaveLength(1);
    // Asked to try again, it starts a worker anew.
    engine.retryStoryEngine();
    void engine.askStoryEngine(places('again'));
    expect(FakeWorker.started).toHaveLength(2);
  });

  it("says the engine is unavailable when neither the worker nor the page thread's code loads", async () => {
    vi.doMock('../../src/queries/story-engine-answer', () => {
      throw new Error('offline');
    });
    const engine = await freshEngine();
    const asked = engine.askStoryEngine(places(MOSCOW_STORY));
    only(FakeWorker.started).fail();
    await expect(asked).rejects.toBeInstanceOf(engine.StoryEngineUnavailable);
  });

  it('asks one request at a time, and of those asked meanwhile only the newest', async () => {
    const engine = await freshEngine();
    const requests = ['1', '2', '3'].map(places) as [PlacesRequest, PlacesRequest, PlacesRequest];
    const { result, rerender } = renderHook(
      ({ request }: { request: PlacesRequest | null }) => engine.useStoryEngine(request),
      { initialProps: { request: requests[0] } },
    );
    rerender({ request: requests[1] });
    rerender({ request: requests[2] });
    const worker = only(FakeWorker.started);
    expect(worker.received.map((message) => message.request.text)).toEqual(['1']);
    expect(result.current.pending).toBe(true);

    const answer = { kind: 'places', places: [] } as const;
    act(() => worker.reply({ id: (worker.received[0] as NumberedRequest).id, answer }));
    await waitFor(() => expect(worker.received).toHaveLength(2));
    expect(worker.received[1]?.request.text).toBe('3');
    // Meanwhile the older answer stands, for the caller to show or not.
    expect(result.current.latest?.request).toBe(requests[0]);
    expect(result.current.pending).toBe(true);

    act(() => worker.reply({ id: (worker.received[1] as NumberedRequest).id, answer }));
    await waitFor(() => expect(result.current.latest?.request).toBe(requests[2]));
    expect(result.current.pending).toBe(false);
    expect(result.current.failure).toBeNull();
  });

  it('gives the failure of the request shown: failed for an engine error, none once answered', async () => {
    const engine = await freshEngine();
    const request = places('x');
    const { result } = renderHook(() => engine.useStoryEngine(request));
    const worker = only(FakeWorker.started);
    act(() =>
      worker.reply({ id: (worker.received[0] as NumberedRequest).id, error: 'the engine stopped' }),
    );
    await waitFor(() => expect(result.current.failure).toBe('failed'));
    expect(result.current.pending).toBe(false);
  });
});
