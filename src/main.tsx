/** The English page (the app's base path): English words, numbers and dates, then the app. */
import './app/app.css';
import './styles/global.css';
import { boot } from './app/boot';
import { setFormatLocale } from './data/format';
import { en } from './i18n/en/index';
import { setCatalogue } from './i18n/messages';

setFormatLocale('en');
setCatalogue('en', en);
boot();
