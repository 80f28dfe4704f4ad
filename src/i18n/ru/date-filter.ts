import type { Messages } from '../messages';

/** The words of dateFilter, in Russian. */
export const dateFilter: Messages['dateFilter'] = {};
