import type { Messages } from '../messages';

/** The words of sources, in Russian. */
export const sources: Messages['sources'] = {};
