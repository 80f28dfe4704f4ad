/**
 * The words of the charts, and of the shared components (notices, error boundaries, lazy panels),
 * in Russian.
 *
 * Sentences that take a name from elsewhere (a chart's title, a part of the page) put it first,
 * followed by a colon, or in quotes: a name in the nominative then needs no agreement with the
 * verb or the case around it, whatever its gender and number.
 */
import {
  formatCompact,
  formatCount,
  formatDate,
  formatDateRange,
  formatMean,
  formatPercent,
  formatValue,
  type Measure,
} from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

type Direction = 'rising' | 'falling' | 'flat';

const DIRECTION: Record<Direction, string> = {
  rising: 'рост',
  falling: 'снижение',
  flat: 'без существенных изменений',
};

/** A sentence with its full stop, unless it already ends with one: Russian dates end with "г.". */
const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

/** "на 100 000 жителей", with a non-breaking space inside the number, as Intl writes it. */
const PER_100K = 'на 100\u00a0000 жителей';

export const charts: Messages['charts'] = {
  titles: {
    'daily-cases': 'Новые случаи за сутки',
    'total-cases': 'Случаи нарастающим итогом',
    'daily-deaths': 'Смерти за сутки',
  },
  fields: {
    newCases: 'Новые случаи',
    totalCases: 'Всего случаев',
    newDeaths: 'Смерти за сутки',
    totalDeaths: 'Всего смертей',
    newRecovered: 'Выздоровления за сутки',
    totalRecovered: 'Всего выздоровлений',
    activeCases: 'Активные случаи',
    newCasesAvg7: 'Новые случаи, скользящее среднее за 7 дней',
    newDeathsAvg7: 'Смерти за сутки, скользящее среднее за 7 дней',
  },

  // "на 100 000" alone does not say of what: Russian names the residents in the heading too.
  heading: (title: string, measure: Measure | null): string =>
    measure === 'per100k' ? `${title} ${PER_100K}` : title,
  scaleLabel: (title: string): string => `Шкала графика «${title}»`,
  chartWhat: (title: string): string => `График «${title}»`,
  legend: {
    daily: 'Значение за сутки',
    average: 'Скользящее среднее за 7 дней',
    line: (label: string, log: boolean): string =>
      log ? `${label} (логарифмическая шкала)` : label,
    daysAbove: (threshold: number, measure: Measure): string =>
      `Дни выше ${formatValue(threshold, measure)}`,
    story: 'Сводка из статьи',
    focus: 'Выбранная дата',
    gap: 'Нет сводки (ничего не известно)',
    flag: 'День с пометкой (см. таблицу)',
  },

  markers: {
    story: 'Статья',
    highest: (value: number): string => `Максимум: ${formatCompact(value)}`,
  },

  hover: {
    reportOf: (date: IsoDate): string => `Сводка за ${formatDate(date)}`,
    average: (average: number | null, measure: Measure): string =>
      `Скользящее среднее за 7 дней: ${average === null ? 'недоступно' : formatMean(average, measure)}`,
    story: 'Цифры статьи взяты из этой сводки.',
  },

  takeAway: {
    button: 'Скачать или встроить',
    downloadButton: 'Скачать изображение',
    sourceLine: (sources: string): string => `Источник: ${sources}`,
  },

  summary: {
    noData: (title: string): string => `${title}: за показанные даты данных нет.`,
    subject: (title: string, measure: Measure): string =>
      measure === 'per100k' ? `${title} ${PER_100K}` : title,
    totalNotReported: (subject: string, from: IsoDate, to: IsoDate): string =>
      `${subject}, ${formatDateRange(from, to)}: нет данных.`,
    totalRose: (fact: {
      readonly subject: string;
      readonly from: { readonly value: number; readonly date: IsoDate };
      readonly to: { readonly value: number; readonly date: IsoDate };
      readonly endsEarly: boolean;
      readonly measure: Measure;
    }): string => {
      const { subject, from, to, measure } = fact;
      const known = fact.endsEarly
        ? `; после ${formatDate(to.date)} данных этого источника нет`
        : '';
      return `${subject}: рост с ${formatValue(from.value, measure)} (${formatDate(from.date)}) до ${formatValue(to.value, measure)} (${formatDate(to.date)})${known}.`;
    },
    period: (subject: string, from: IsoDate, to: IsoDate): string =>
      sentence(`${subject}, ${formatDateRange(from, to)}`),
    highest: (value: number, date: IsoDate, measure: Measure): string =>
      `Максимум: ${formatValue(value, measure)} (${formatDate(date)}).`,
    latest: (fact: {
      readonly value: number;
      readonly date: IsoDate;
      readonly average: number | null;
      readonly trend: { readonly direction: Direction; readonly percent: number } | null;
      readonly measure: Measure;
    }): string => {
      const { value, date, average, trend, measure } = fact;
      const mean =
        average === null ? '' : `, скользящее среднее за 7 дней — ${formatMean(average, measure)}`;
      const change = trend
        ? `, ${DIRECTION[trend.direction]} (${formatPercent(trend.percent)} к предыдущей неделе)`
        : '';
      return `Последнее значение: ${formatValue(value, measure)} (${formatDate(date)})${mean}${change}.`;
    },
    // "Выше 10 000: 21 день": the count comes last, so only its noun agrees with it.
    daysAbove: (days: number, threshold: number, measure: Measure): string =>
      `Выше ${formatValue(threshold, measure)}: ${formatCount(days)} ${pluralForm('ru', days, {
        one: 'день',
        few: 'дня',
        many: 'дней',
        other: 'дня',
      })} (затенённые участки графика).`,
    // "из 21 даты", "из 61 даты", but "из 2 дат", "из 26 дат": the genitive after "из".
    gaps: (missing: number, total: number, drawn: 'bars' | 'line'): string =>
      `Сводки нет для ${formatCount(missing)} из ${formatCount(total)} ${pluralForm('ru', total, {
        one: 'даты',
        few: 'дат',
        many: 'дат',
        other: 'даты',
      })}: ${drawn === 'bars' ? 'в эти даты столбцы и линия среднего прерываются' : 'в эти даты линия прерывается'}.`,
  },

  components: {
    errorBoundary: (what: string, message: string): string =>
      `${what}: не удалось отобразить (${message}). Остальная часть страницы работает.`,
    lazyPanelFailed: (what: string): string =>
      `${what}: не удалось показать, так как код этого раздела не загрузился.`,
  },
};
