/**
 * The English catalogue: the reference every other language follows (see ../messages.ts).
 * One file per part of the page; these are the words of the first screen and of what is always
 * on the page. The panels below the fold bring their own words (see ../lazy-words.ts).
 */

import { app } from './app';
import { charts } from './charts';
import { common } from './common';
import { keyFigures } from './key-figures';
import { page } from './page';
import { placePicker } from './place-picker';

export const en = {
  common,
  app,
  keyFigures,
  placePicker,
  charts,
  page,
};
