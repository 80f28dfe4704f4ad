import type { Messages } from '../messages';

/** The words of app, in Russian. */
export const app: Messages['app'] = {};
