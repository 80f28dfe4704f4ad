import type { Messages } from '../messages';

/** The words of common, in Russian. */
export const common: Messages['common'] = {};
