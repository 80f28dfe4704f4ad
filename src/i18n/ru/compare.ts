/** The words of the comparison of places, in Russian. */
import { formatDate, formatDateRange, formatRate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { ComparedPlaceFacts } from '../en/compare';
import type { Messages } from '../messages';

export const compare: Messages['compare'] = {
  // The reason is a sentence of its own (see i18n/errors.ts): said after, not after a colon.
  failed: (reason: string) => `Сравнение не загрузилось. ${reason}`,
  empty:
    'Пока ни одно место не выбрано для сравнения. Добавьте до шести: средние за 7 дней числа новых случаев на 100\u00a0000 жителей будут показаны на одном графике.',
  addLabel: 'Добавить место для сравнения',
  choose: 'Выберите…',
  russiaAsAWhole: 'Россия в целом',
  district: (name: string) => `${name} федеральный округ`,
  add: 'Добавить',
  sixAtMost: 'Не более шести мест: при добавлении нового первое убирается.',
  title: 'Новые случаи на 100\u00a0000 жителей (среднее за 7 дней)',
  figurePlotFailed: 'Не удалось построить график: его код не загрузился. Числа есть в таблице.',
  summary: (from: IsoDate, to: IsoDate, places: readonly ComparedPlaceFacts[]): string =>
    `Период ${formatDateRange(from, to)}, среднее за 7 дней число новых случаев на 100\u00a0000 жителей. ${places
      .map((place) =>
        place.latest
          ? `${place.name}: ${formatRate(place.latest.value)} (${formatDate(place.latest.date)})${place.peak ? `, максимум — ${formatRate(place.peak.value)} (${formatDate(place.peak.date)})` : ''}.`
          : `${place.name}: за эти даты нет данных.`,
      )
      .join(' ')}`,
  lineStyle: {
    solid: 'сплошная линия',
    dashed: 'штриховая линия',
    dotted: 'пунктирная линия',
    dashDot: 'штрихпунктирная линия',
    longDashes: 'линия из длинных штрихов',
    pairedDashes: 'линия из парных штрихов',
  },
  remove: 'Убрать',
  // The name in the nominative, after a colon: Russian would otherwise decline it.
  removeLabel: (name: string) => `Убрать из сравнения: ${name}`,
  table: {
    label: 'Сравниваемые места, таблица',
    caption:
      'Среднее за 7 дней число новых случаев на 100\u00a0000 жителей (население на 1 января 2020 г.), сначала последние даты',
    date: 'Дата сводки',
  },
};
