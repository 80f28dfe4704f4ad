/** The words of the date filter (presets, typed dates, range brush), in Russian. */
import { formatCount, formatDate, formatDateRangeShort } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { RangeEnd } from '../en/date-filter';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

/** Ends a sentence with a full stop, unless its last word has one: Russian dates end in "г.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** The date fields read "С [date] По [date]", as a range is said in Russian. */
const END: Record<RangeEnd, string> = { from: 'С', to: 'По' };

export const dateFilter: Messages['dateFilter'] = {
  heading: 'Период',
  current: (from: IsoDate, to: IsoDate, reports: number) =>
    `${from === to ? formatDate(from) : `С ${formatDate(from)} по ${formatDate(to)}`} (${formatCount(reports)} ${pluralForm('ru', reports, { one: 'сводка', few: 'сводки', many: 'сводок', other: 'сводки' })})`,
  loading: 'Загрузка дат сводок…',
  presets: 'Готовые периоды',
  ends: END,
  apply: 'Применить',
  incompleteDate: (end: RangeEnd) => `Поле «${END[end]}»: введите дату полностью.`,
  outsideData: (end: RangeEnd, first: IsoDate, last: IsoDate) =>
    sentence(
      `Поле «${END[end]}»: данные есть только с ${formatDate(first)} по ${formatDate(last)}`,
    ),
  reversed: 'Дата в поле «С» не может быть позже даты в поле «По».',

  allData: 'Все данные',
  storyRun: (from: IsoDate, to: IsoDate) => `Период из новости (${formatDateRangeShort(from, to)})`,
  waves: {
    'wave-1': 'Первая волна (весна 2020 г.)',
    'wave-autumn-2020': 'Осень 2020 г.',
    'wave-delta': '«Дельта» (лето 2021 г.)',
    'wave-omicron': '«Омикрон» (январь–март 2022 г.)',
  },
  // "Последний 21 день", "Последние 30 дней": the adjective agrees with the count too.
  lastDays: (days: number) => {
    const n = formatCount(days);
    return pluralForm('ru', days, {
      one: `Последний ${n} день`,
      few: `Последние ${n} дня`,
      many: `Последние ${n} дней`,
      other: `Последние ${n} дня`,
    });
  },

  brushHint:
    'Чтобы выбрать даты, перетащите ползунки или выделенное окно; с клавиатуры — переведите фокус на ползунок и используйте клавиши со стрелками (с Shift — шаг в неделю, Page Up/Page Down — 30 дней).',
  brush: 'Выбор периода на всём ряду данных',
  brushStart: 'Начало периода',
  brushEnd: 'Конец периода',
};
