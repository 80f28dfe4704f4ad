import type { Messages } from '../messages';

/** The words of article, in Russian. */
export const article: Messages['article'] = {};
