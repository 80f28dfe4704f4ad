import type { Messages } from '../messages';

/** The words of charts, in Russian. */
export const charts: Messages['charts'] = {};
