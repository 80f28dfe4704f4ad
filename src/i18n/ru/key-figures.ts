import type { Messages } from '../messages';

/** The words of keyFigures, in Russian. */
export const keyFigures: Messages['keyFigures'] = {};
