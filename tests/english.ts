/**
 * Tests read the English page unless they say otherwise: the catalogue and the number and date
 * formats are set as the English entry point sets them (src/main.tsx), with the words of the
 * panels below the fold already there (the page loads them with each panel's code; tests render
 * panels directly).
 */
import { setFormatLocale } from '../src/data/format';
import { article } from '../src/i18n/en/article';
import { chartTable } from '../src/i18n/en/chart-table';
import { compare } from '../src/i18n/en/compare';
import { corrections } from '../src/i18n/en/corrections';
import { dateFilter } from '../src/i18n/en/date-filter';
import { footer } from '../src/i18n/en/footer';
import { en } from '../src/i18n/en/index';
import { map } from '../src/i18n/en/map';
import { notices } from '../src/i18n/en/notices';
import { placeControls } from '../src/i18n/en/place-controls';
import { ranking } from '../src/i18n/en/ranking';
import { share } from '../src/i18n/en/share';
import { sources } from '../src/i18n/en/sources';
import { storyCheck } from '../src/i18n/en/story-check';
import { takeAway } from '../src/i18n/en/take-away';
import { setCatalogue } from '../src/i18n/messages';

setFormatLocale('en');
setCatalogue('en', {
  ...en,
  map,
  ranking,
  compare,
  sources,
  corrections,
  article,
  storyCheck,
  footer,
  takeAway,
  dateFilter,
  share,
  chartTable,
  placeControls,
  notices,
});
