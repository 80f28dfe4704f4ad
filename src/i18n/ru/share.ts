import type { Messages } from '../messages';

/** The words of share, in Russian. */
export const share: Messages['share'] = {};
