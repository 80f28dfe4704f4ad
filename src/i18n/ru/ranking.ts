import type { Messages } from '../messages';

/** The words of ranking, in Russian. */
export const ranking: Messages['ranking'] = {};
