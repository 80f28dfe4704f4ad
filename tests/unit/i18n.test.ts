import { afterEach, describe, expect, it } from 'vitest';
import { DamagedFileError } from '../../src/data/damaged-file';
import {
  formatCount,
  formatDate,
  formatDateRangeShort,
  formatDayMonth,
  formatMonthYear,
  formatPercent,
  formatYear,
  setFormatLocale,
} from '../../src/data/format';
import { article as enArticle } from '../../src/i18n/en/article';
import { chartTable as enChartTable } from '../../src/i18n/en/chart-table';
import { compare as enCompare } from '../../src/i18n/en/compare';
import { corrections as enCorrections } from '../../src/i18n/en/corrections';
import { dateFilter as enDateFilter } from '../../src/i18n/en/date-filter';
import { footer as enFooter } from '../../src/i18n/en/footer';
import { en as enStart } from '../../src/i18n/en/index';
import { map as enMap } from '../../src/i18n/en/map';
import { notices as enNotices } from '../../src/i18n/en/notices';
import { placeControls as enPlaceControls } from '../../src/i18n/en/place-controls';
import { ranking as enRanking } from '../../src/i18n/en/ranking';
import { share as enShare } from '../../src/i18n/en/share';
import { sources as enSources } from '../../src/i18n/en/sources';
import { storyCheck as enStoryCheck } from '../../src/i18n/en/story-check';
import { takeAway as enTakeAway } from '../../src/i18n/en/take-away';
import { errorText, shortErrorText } from '../../src/i18n/errors';
import { localeOfPath, localePath } from '../../src/i18n/locale';
import { setCatalogue } from '../../src/i18n/messages';
import { pluralForm } from '../../src/i18n/plural';
import { article as ruArticle } from '../../src/i18n/ru/article';
import { chartTable as ruChartTable } from '../../src/i18n/ru/chart-table';
import { compare as ruCompare } from '../../src/i18n/ru/compare';
import { corrections as ruCorrections } from '../../src/i18n/ru/corrections';
import { dateFilter as ruDateFilter } from '../../src/i18n/ru/date-filter';
import { footer as ruFooter } from '../../src/i18n/ru/footer';
import { ru as ruStart } from '../../src/i18n/ru/index';
import { map as ruMap } from '../../src/i18n/ru/map';
import { notices as ruNotices } from '../../src/i18n/ru/notices';
import { placeControls as ruPlaceControls } from '../../src/i18n/ru/place-controls';
import { ranking as ruRanking } from '../../src/i18n/ru/ranking';
import { share as ruShare } from '../../src/i18n/ru/share';
import { sources as ruSources } from '../../src/i18n/ru/sources';
import { storyCheck as ruStoryCheck } from '../../src/i18n/ru/story-check';
import { takeAway as ruTakeAway } from '../../src/i18n/ru/take-away';
import { d } from '../fixtures/reports';

/** Each whole catalogue: the first screen's words and those the panels load with their code. */
const en = {
  ...enStart,
  map: enMap,
  ranking: enRanking,
  compare: enCompare,
  sources: enSources,
  corrections: enCorrections,
  article: enArticle,
  dateFilter: enDateFilter,
  share: enShare,
  chartTable: enChartTable,
  placeControls: enPlaceControls,
  footer: enFooter,
  storyCheck: enStoryCheck,
  takeAway: enTakeAway,
  notices: enNotices,
};
const ru = {
  ...ruStart,
  map: ruMap,
  ranking: ruRanking,
  compare: ruCompare,
  sources: ruSources,
  corrections: ruCorrections,
  article: ruArticle,
  dateFilter: ruDateFilter,
  share: ruShare,
  chartTable: ruChartTable,
  placeControls: ruPlaceControls,
  footer: ruFooter,
  storyCheck: ruStoryCheck,
  takeAway: ruTakeAway,
  notices: ruNotices,
};

/** Every key path of a catalogue with the kind of its value: 'string', 'function' or an object. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string' || typeof value === 'function') return [`${path}: ${typeof value}`];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, `${path}.${key}`));
  }
  return [`${path}: ${typeof value}`];
}

describe('the catalogues', () => {
  it('have every English key in Russian, with the same kind of value', () => {
    expect(shape(ru)).toEqual(shape(en));
  });

  it('have no Russian message left empty or in English where English has words', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
    for (const text of strings(ru)) expect(text.trim()).not.toBe('');
    // Words in Latin letters only are English left over (codes like "JHU" excepted).
    const leftovers = strings(ru).filter((t) => /[a-z]{4,}/i.test(t) && !/[а-яё]/i.test(t));
    expect(leftovers).toEqual([]);
  });
});

describe('Russian plurals', () => {
  const day = (n: number) =>
    // `other` (fractions, 1,5 дня) apart from `few`, so that a mix-up of the two shows.
    `${n} ${pluralForm('ru', n, { one: 'день', few: 'дня', many: 'дней', other: 'дня (дробн.)' })}`;
  it('choose one, few or many as Russian does', () => {
    expect([0, 1, 2, 5, 11, 21, 22, 25, 101].map(day)).toEqual([
      '0 дней',
      '1 день',
      '2 дня',
      '5 дней',
      '11 дней',
      '21 день',
      '22 дня',
      '25 дней',
      '101 день',
    ]);
  });
  it('and English one or other', () => {
    const days = (n: number) => `${n} ${pluralForm('en', n, { one: 'day', other: 'days' })}`;
    expect([0, 1, 2, 5, 21].map(days)).toEqual(['0 days', '1 day', '2 days', '5 days', '21 days']);
  });
});

describe('numbers and dates in each language', () => {
  afterEach(() => setFormatLocale('en'));

  it('are written as English writes them', () => {
    setFormatLocale('en');
    expect(formatCount(11231)).toBe('11,231');
    expect(formatDate(d('2020-05-07'))).toBe('7 May 2020');
    expect(formatDateRangeShort(d('2020-05-03'), d('2020-05-07'))).toBe('3–7 May 2020');
    expect(formatPercent(12.34)).toBe('+12.3%');
  });

  it('are written as Russian writes them', () => {
    setFormatLocale('ru');
    expect(formatCount(11231)).toBe('11\u00a0231');
    expect(formatDate(d('2020-05-07'))).toBe('7 мая 2020 г.');
    expect(formatDateRangeShort(d('2020-05-03'), d('2020-05-07'))).toBe('3–7 мая 2020 г.');
    expect(formatDateRangeShort(d('2020-04-30'), d('2020-05-07'))).toBe('30 апр. – 7 мая 2020 г.');
    expect(formatPercent(12.34)).toBe('+12,3\u00a0%');
  });

  it('write every month the same in the build and in any browser (not from Intl)', () => {
    const firsts = Array.from({ length: 12 }, (_, i) =>
      d(`2022-${String(i + 1).padStart(2, '0')}-01`),
    );
    setFormatLocale('en');
    // Node's locale data writes "Sept"; Chromium's "Sep": the prerendered page must match both.
    expect(firsts.map(formatMonthYear).join('|')).toBe(
      'Jan 2022|Feb 2022|Mar 2022|Apr 2022|May 2022|Jun 2022|Jul 2022|Aug 2022|Sep 2022|Oct 2022|Nov 2022|Dec 2022',
    );
    expect(formatDate(d('2022-09-25'))).toBe('25 Sep 2022');
    setFormatLocale('ru');
    // After a day, the genitive ("7 мая"); alone, the nominative ("май").
    expect(firsts.map(formatDayMonth).join('|')).toBe(
      '1 янв.|1 февр.|1 мар.|1 апр.|1 мая|1 июн.|1 июл.|1 авг.|1 сент.|1 окт.|1 нояб.|1 дек.',
    );
    expect(formatMonthYear(d('2022-05-01'))).toBe('май 2022 г.');
    expect(formatMonthYear(d('2022-06-01'))).toBe('июнь 2022 г.');
    expect(formatDate(d('2022-09-25'))).toBe('25 сент. 2022 г.');
    expect(formatYear(d('2022-09-25'))).toBe('2022');
  });
});

describe('the page of each language', () => {
  it('is the base for English and ru/ under it for Russian', () => {
    expect(localePath('en', '/')).toBe('/');
    expect(localePath('ru', '/')).toBe('/ru/');
    expect(localePath('ru', '/covid/')).toBe('/covid/ru/');
    expect(localeOfPath('/ru/', '/')).toBe('ru');
    expect(localeOfPath('/', '/')).toBe('en');
    expect(localeOfPath('/russia/', '/')).toBe('en');
    expect(localeOfPath('/covid/ru/', '/covid/')).toBe('ru');
  });
});

describe('a damaged file of our own', () => {
  afterEach(() => setCatalogue('en', en));
  const error = new DamagedFileError({ kind: 'region-year', year: 2021 }, ['At "days": missing.']);

  it('is named in English, with the checks’ diagnosis after it', () => {
    expect(errorText(error)).toBe(
      'The file of all regions\' figures for 2021 is damaged, so what it holds is not shown. At "days": missing.',
    );
    expect(shortErrorText(error)).toBe("the file of all regions' figures for 2021 is damaged");
  });

  it('and in Russian', () => {
    setCatalogue('ru', ru);
    expect(errorText(error)).toMatch(/^Файл с данными всех регионов за 2021 год повреждён/);
    expect(shortErrorText(error)).toBe('файл с данными всех регионов за 2021 год повреждён');
  });
});
