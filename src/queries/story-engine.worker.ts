/**
 * The story-check engine off the page's thread (story-engine.ts says why): each request answered
 * in turn, with its number, as plain data.
 */
import type { NumberedRequest } from './story-engine';
import { answerEngineRequest } from './story-engine-answer';

self.addEventListener('message', (event: MessageEvent<NumberedRequest>) => {
  const { id, request } = event.data;
  self.postMessage({ id, answer: answerEngineRequest(request) });
});
