import type { Messages } from '../messages';

/** The words of placePicker, in Russian. */
export const placePicker: Messages['placePicker'] = {};
