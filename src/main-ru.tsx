/** The Russian page (`ru/`): Russian words, numbers and dates, then the app. */
import './app/app.css';
import './styles/global.css';
import { boot } from './app/boot';
import { setFormatLocale } from './data/format';
import { setCatalogue } from './i18n/messages';
import { ru } from './i18n/ru/index';

setFormatLocale('ru');
setCatalogue('ru', ru);
boot();
