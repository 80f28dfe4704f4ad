/** The words of a chart's table (loaded with the table's code), in Russian. */
import { formatCount, formatDateRange } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

export const chartTable: Messages['chartTable'] = {
  label: (title: string): string => `${title}, таблица`,
  caption: (
    title: string,
    range: { from: IsoDate; to: IsoDate } | null,
    missing: number,
    total: number,
  ): string =>
    `${title}${range ? `, ${formatDateRange(range.from, range.to)}` : ''} (сначала последние даты)${
      missing > 0
        ? `. Сводки нет для ${formatCount(missing)} из ${formatCount(total)} ${pluralForm('ru', total, { one: 'даты', few: 'дат', many: 'дат', other: 'дат' })}.`
        : ''
    }`,
  date: 'Дата сводки',
  average: 'Скользящее среднее за 7 дней',
  note: 'Примечание',
  story: 'Сводка из статьи',
};
