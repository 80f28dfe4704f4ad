/** The Russian catalogue of the first screen: every key of the English one (see ../messages.ts). */
import type { StartMessages } from '../messages';
import { app } from './app';
import { charts } from './charts';
import { common } from './common';
import { dateFilter } from './date-filter';
import { keyFigures } from './key-figures';
import { notices } from './notices';
import { page } from './page';
import { placePicker } from './place-picker';
import { share } from './share';

export const ru: StartMessages = {
  common,
  app,
  keyFigures,
  dateFilter,
  placePicker,
  share,
  charts,
  notices,
  page,
};
