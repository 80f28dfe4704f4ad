/**
 * The English catalogue: the reference every other language follows (see ../messages.ts).
 * One file per part of the page.
 */

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

export const en = {
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
