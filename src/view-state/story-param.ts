/**
 * The name of a checked story in the address's fragment (`#story=…`), on its own: the page asks
 * whether there is one at start, and the code that reads it (story-link.ts) loads later.
 */
export const STORY_PARAM = 'story';

/** Whether an address fragment holds a story (read as `storyFromFragment` reads it). */
export function hasStoryParam(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has(STORY_PARAM);
}
