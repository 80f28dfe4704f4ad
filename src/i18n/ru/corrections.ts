import type { Messages } from '../messages';

/** The words of corrections, in Russian. */
export const corrections: Messages['corrections'] = {};
