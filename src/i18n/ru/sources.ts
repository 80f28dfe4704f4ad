/** The words of the comparison of the sources, in Russian. */
import type { SourceComparison } from '../../data/compare-sources';
import { formatCount, formatDate, formatDateRange, formatPercent } from '../../data/format';
import { type IsoDate, isIsoDate } from '../../data/iso-date';
import type { ReportSource } from '../../data/report-file';
import type { SourceId } from '../../data/series';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

const days = (n: number) =>
  pluralForm('ru', n, { one: 'день', few: 'дня', many: 'дней', other: 'дня' });
/** "Из 5 дней", "из 1 дня", "из 21 дня": the genitive after "из". */
const ofDays = (n: number) =>
  pluralForm('ru', n, { one: 'дня', few: 'дней', many: 'дней', other: 'дня' });

const STOPCORONAVIRUS =
  'стопкоронавирус.рф, ежедневные сводки оперативного штаба по борьбе с коронавирусом при правительстве России';
const RESPONSE_CENTRE_FIGURES =
  'данные — официальная статистика оперативного штаба по борьбе с коронавирусом при правительстве России';
const JHU_CSSE = 'CC BY 4.0, Центр системных наук и инженерии Университета Джонса Хопкинса';

/**
 * The references of src/data/source-details.ts in Russian, by source and repository address:
 * the repository's name stays as it is, what it holds is said in Russian. A reference not listed
 * here is shown as the data words it.
 */
const REFERENCES: Readonly<Record<string, { readonly name: string; readonly licence: string }>> = {
  'official https://github.com/maximzasorin/covid-19': {
    name: 'maximzasorin/covid-19 (официальные пресс-релизы по регионам: Роспотребнадзор, стопкоронавирус.рф, ТАСС)',
    licence: 'MIT (Copyright (c) 2020-2021 Maxim Zasorin)',
  },
  'official https://github.com/k0ka/covid19-russia-data': {
    name: 'k0ka/covid19-russia-data (ежедневные итоги, сохранённые со стопкоронавирус.рф)',
    licence: 'GNU GPL v3; сами данные — официальная государственная статистика',
  },
  'official https://github.com/CSSEGISandData/COVID-19': {
    name: 'Временные ряды JHU CSSE COVID-19 (два дня восстановлены по снимкам из k0ka: 2 и 5 апреля 2020 г.)',
    licence: JHU_CSSE,
  },
  'official https://github.com/ash/covid.observer': {
    name: 'ash/covid.observer (архивные копии региональной таблицы стопкоронавирус.рф, по одной на каждую сводку)',
    licence: `не указана; ${RESPONSE_CENTRE_FIGURES}, со ссылкой на него и на архив`,
  },
  'official https://github.com/chelyabinsk/Russia-Covid': {
    name: 'chelyabinsk/Russia-Covid (исходные копии ленты region_stats стопкоронавирус.рф)',
    licence: `не указана; ${RESPONSE_CENTRE_FIGURES}`,
  },
  'jhu https://github.com/CSSEGISandData/COVID-19': {
    name: 'Временные ряды JHU CSSE COVID-19 (time_series_covid19_confirmed_global.csv и time_series_covid19_deaths_global.csv, строка Russia)',
    licence: JHU_CSSE,
  },
};

/** "2020-01-31..2020-03-23" and "2020-04-02, 2020-04-05" as Russian writes dates. */
function coveredDates(covers: string): string {
  return covers
    .split(', ')
    .map((part) => {
      const [from, to] = part.split('..');
      if (to === undefined) return isIsoDate(from) ? formatDate(from) : part;
      return isIsoDate(from) && isIsoDate(to) ? formatDateRange(from, to) : part;
    })
    .join(', ');
}

export const sources: Messages['sources'] = {
  placeNote: (place: string) =>
    `На странице показаны данные официальных сводок для выбранного места (${place}); источники же сравниваются по России в целом, так как у JHU нет данных по регионам. `,
  intro: {
    beforeSource: 'На странице показан источник: ',
    afterSource:
      '. Данные двух источников за одни и те же даты сводок совпадают, кроме дат, когда JHU не учитывает Республику Крым и Севастополь (с 1 июня 2020 г., когда JHU стал относить их к Украине), дат собственных исправлений JHU (17 и 18 октября 2020 г.) и дат сводок после 20 января 2022 г., за которые нет пригодной официальной сводки и данные есть только у JHU.',
  },
  // The reason is a sentence of its own (see i18n/errors.ts): said after, not after a colon.
  failed: (reason: string) => `Сравнение источников не загрузилось. ${reason}`,
  title: 'Новые случаи за сутки по источникам (среднее за 7 дней)',
  figurePlotFailed: 'Не удалось построить график: его код не загрузился. Числа есть в таблице.',
  dashed: (name: string) => `${name} (штриховая линия)`,
  summary: (from: IsoDate, to: IsoDate, comparison: SourceComparison): string => {
    const [official, jhu] = comparison.coverage;
    const parts = [
      `Период ${formatDateRange(from, to)}: в официальных сводках новые случаи есть за ${formatCount(official.daysWithValues)} из ${formatCount(official.days)} ${ofDays(official.days)}, у JHU — за ${formatCount(jhu.daysWithValues)}.`,
    ];
    const both = comparison.bothTotalsKnown;
    if (both > 0) {
      parts.push(
        `Общее число случаев есть в обоих источниках за ${formatCount(both)} ${days(both)}; совпадает оно за ${formatCount(comparison.totalsEqual)} (${formatPercent((comparison.totalsEqual / both) * 100).replace('+', '')}).`,
      );
    }
    const gap = comparison.largestTotalGap;
    if (gap && gap.value !== 0) {
      const cases = Math.abs(gap.value);
      parts.push(
        `Наибольшее расхождение — ${formatCount(cases)} ${pluralForm('ru', cases, { one: 'случай', few: 'случая', many: 'случаев', other: 'случая' })} (${formatDate(gap.date)}): ${gap.value > 0 ? 'в официальных сводках больше, чем у JHU' : 'у JHU больше, чем в официальных сводках'}.`,
      );
    }
    return parts.join(' ');
  },

  table: {
    label: 'Сравнение источников, таблица',
    caption: 'Новые случаи за сутки и общее число случаев по источникам, сначала последние даты',
    date: 'Дата сводки',
    officialNew: 'Официальные: новые случаи',
    jhuNew: 'JHU: новые случаи',
    officialAverage: 'Официальные: среднее за 7 дней',
    jhuAverage: 'JHU: среднее за 7 дней',
    officialTotal: 'Официальные: всего случаев',
    jhuTotal: 'JHU: всего случаев',
    difference: 'Разница: официальные минус JHU',
  },

  description: {
    official: `Данные в том виде, в каком их каждое утро публиковало правительство России (${STOPCORONAVIRUS}), собранные из общедоступных архивов этих сводок.`,
    jhu: 'Глобальные временные ряды Центра системных наук и инженерии (CSSE) Университета Джонса Хопкинса, строка России, в последней опубликованной JHU версии (файлы заканчиваются 9 марта 2023 г.).',
  },
  coverage: 'Охват',
  coverageDays: (known: number, all: number, from: IsoDate, to: IsoDate) =>
    `В период ${formatDateRange(from, to)} новые случаи есть в ${formatCount(known)} из ${formatCount(all)} ${pluralForm('ru', all, { one: 'даты', few: 'дат', many: 'дат', other: 'даты' })} сводок.`,
  dateConventionLabel: 'Датировка',
  dateConvention: {
    official:
      'Каждая дата — день публикации сводки (утром по московскому времени, за предыдущие сутки).',
    jhu: 'Столбец JHU с датой D содержит российскую сводку, опубликованную в день D: даты — это даты сводок, как и в официальном ряду.',
  },
  takenFrom: 'Откуда взяты данные',
  referenceName: (source: SourceId, reference: ReportSource) =>
    REFERENCES[`${source} ${reference.url}`]?.name ?? reference.name,
  referenceDetails: (source: SourceId, reference: ReportSource) =>
    ` (${coveredDates(reference.covers)}). Лицензия: ${REFERENCES[`${source} ${reference.url}`]?.licence ?? reference.licence}.`,
};
