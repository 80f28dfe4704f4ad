/** The Russian catalogue of the first screen: every key of the English one (see ../messages.ts). */
import type { StartMessages } from '../messages';
import { app } from './app';
import { charts } from './charts';
import { common } from './common';
import { keyFigures } from './key-figures';
import { page } from './page';
import { placePicker } from './place-picker';

export const ru: StartMessages = {
  common,
  app,
  keyFigures,
  placePicker,
  charts,
  page,
};
