/**
 * Checks the source story off the page's thread (use-story-check.ts says why): one request, one
 * answer, the engine's result as plain data.
 */
import { checkSourceStory, type SourceStoryRequest } from './source-story-check';

self.addEventListener('message', (event: MessageEvent<SourceStoryRequest>) => {
  self.postMessage(checkSourceStory(event.data.text, event.data.national));
});
