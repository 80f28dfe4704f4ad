/** The Russian catalogue: every key of the English one (see ../messages.ts). */
import type { Messages } from '../messages';
import { app } from './app';
import { article } from './article';
import { charts } from './charts';
import { common } from './common';
import { compare } from './compare';
import { corrections } from './corrections';
import { dateFilter } from './date-filter';
import { keyFigures } from './key-figures';
import { map } from './map';
import { notices } from './notices';
import { page } from './page';
import { placePicker } from './place-picker';
import { ranking } from './ranking';
import { share } from './share';
import { sources } from './sources';

export const ru: Messages = {
  common,
  app,
  keyFigures,
  dateFilter,
  placePicker,
  share,
  charts,
  map,
  notices,
  page,
  ranking,
  compare,
  sources,
  corrections,
  article,
};
