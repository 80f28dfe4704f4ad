/**
 * The words of the place picker, the per-capita switch and the source switch (loaded with them),
 * in Russian.
 */
import { formatCount } from '../../data/format';
import type { Region } from '../../data/regions-file';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

const regions = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'регион', few: 'региона', many: 'регионов', other: 'региона' })}`;

export const placeControls: Messages['placeControls'] = {
  placeAndSource: 'Место и источник',
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
  otherName: (region: Region) => ({ text: region.nameEn, lang: 'en' }),
  districtName: (region: Region) => `${region.districtRu} федеральный округ`,

  figures: 'Показатели',
  counts: 'Абсолютные числа',
  perResidents: (residents: number) => `На ${formatCount(residents)} жителей`,
  populationNote: (placeName: string, population: number | null) =>
    `На ${formatCount(100_000)} жителей. ${placeName}: ${population === null ? 'численность населения загружается…' : `численность населения на 1 января 2020 года — ${formatCount(population)} (Росстат).`}`,

  sourceSwitch: 'Источник данных',
  regionalSource:
    'Источник: официальные ежедневные сводки (у JHU есть данные только по России в целом).',
  coverageNote: {
    official:
      'Данные включают Республику Крым и Севастополь, как и официальные сводки. Для 38 дат после 20 января 2022 года пригодной сводки нет (35 сводок не сохранились в архивах, 3 архивные копии оказались устаревшими или с неверной датой), и эти даты показаны как «нет данных»; накопленные итоги известны только по 11 марта 2022 года, так как пропущенный день прерывает нарастающий итог.',
    jhu: 'С 1 июня 2020 года данные не включают Республику Крым и Севастополь (JHU учитывает их в составе Украины), поэтому с этой даты итоги ниже официальных. Выздоровления здесь не учитываются.',
  },
};
