import type { Messages } from '../messages';

/** The words of map, in Russian. */
export const map: Messages['map'] = {};
