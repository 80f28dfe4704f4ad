import type { Messages } from '../messages';

/** The words of page, in Russian. */
export const page: Messages['page'] = {};
