/**
 * The story-check engine off the page's thread (story-engine.ts says why): each request answered
 * in turn, with its number, as plain data. What the engine throws on one request is sent back for
 * that request alone: the worker goes on answering the next.
 */
import type { NumberedAnswer, NumberedRequest } from './story-engine';
import { answerEngineRequest } from './story-engine-answer';

self.addEventListener('message', (event: MessageEvent<NumberedRequest>) => {
  const { id, request } = event.data;
  let reply: NumberedAnswer;
  try {
    reply = { id, answer: answerEngineRequest(request) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
