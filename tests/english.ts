/**
 * Tests read the English page unless they say otherwise: the catalogue and the number and date
 * formats are set as the English entry point sets them (src/main.tsx).
 */
import { setFormatLocale } from '../src/data/format';
import { en } from '../src/i18n/en/index';
import { setCatalogue } from '../src/i18n/messages';

setFormatLocale('en');
setCatalogue('en', en);
