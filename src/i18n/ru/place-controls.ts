/** The words of the place picker and the per-capita switch (loaded with them), in Russian. */
import { formatCount } from '../../data/format';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

const regions = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'регион', few: 'региона', many: 'регионов', other: 'региона' })}`;

export const placeControls: Messages['placeControls'] = {
  place: 'Территория:',
  allRegions: ' (все 85 регионов)',
  open: 'Выбрать регион',
  close: 'Закрыть список регионов',
  list: 'Список регионов',
  search: 'Найти регион (название на русском или английском языке либо код)',
  allListed: (count: number) => `${regions(count)} в 8 федеральных округах`,
  found: (count: number, search: string) => {
    if (count === 0) return `По запросу «${search}» регионы не найдены`;
    // "Найден 1 регион", "Найден 21 регион", but "Найдено 2 региона", "Найдено 5 регионов".
    const verb = pluralForm('ru', count, { one: 'Найден', other: 'Найдено' });
    return `${verb} ${regions(count)} по запросу «${search}»`;
  },
  wholeCountry: 'Россия в целом',

  figures: 'Показатели',
  counts: 'Абсолютные числа',
  perResidents: (residents: number) => `На ${formatCount(residents)} жителей`,
  populationNote: (placeName: string, population: number | null) =>
    `На ${formatCount(100_000)} жителей. ${placeName}: ${population === null ? 'численность населения загружается…' : `численность населения на 1 января 2020 года — ${formatCount(population)} (Росстат).`}`,
};
