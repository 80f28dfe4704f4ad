import type { Messages } from '../messages';

/** The words of compare, in Russian. */
export const compare: Messages['compare'] = {};
