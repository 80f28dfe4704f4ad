/** What a link asked for that could not be used, and what the page shows instead, in Russian. */
import type { IsoDate } from '../../data/iso-date';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

export const notices: Messages['notices'] = {
  heading:
    'Часть этой ссылки не удалось использовать, поэтому страница показывает близкий к ней вид:',
  valueOpen: '= «',
  valueClose: (problem: string, usedInstead: string) =>
    `»: ${problem}; вместо этого показано: ${usedInstead}.`,
  more: (count: number) =>
    `… и ещё ${count} ${pluralForm('ru', count, { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' })} в той же ссылке (не перечислены).`,

  isEmpty: 'значение пустое',
  notADate: 'это не дата в формате ГГГГ-ММ-ДД',
  notOneOf: (choices: readonly string[]) =>
    `допустимо только ${choices.map((c) => `«${c}»`).join(' или ')}`,
  noSuchPlaces: (count: number) =>
    count === 1 ? 'такого места нет в официальных сводках' : 'таких мест нет в официальных сводках',
  tooManyPlaces: (count: number, most: number) =>
    `${count} ${pluralForm('ru', count, { one: 'место', few: 'места', many: 'мест', other: 'места' })}, а на одном графике можно сравнить не больше ${most}`,
  notARegion: 'это не код региона из официальных сводок (например, RU-MOW)',
  noSuchChart: (ids: readonly string[]) =>
    `на этой странице нет такого графика (есть: ${ids.join(', ')})`,
  givenTwice: 'параметр указан больше одного раза',
  notATimeRange: 'это не диапазон в форме НАЧАЛО..КОНЕЦ',
  timeWrongWay: 'диапазон задан в обратном порядке (весь период — earliest..latest)',
  unknownParam: 'такой настройки на этой странице нет',
  per100kOfficialOnly: 'показатели на 100 000 жителей есть только для официальных сводок',
  jhuNationalOnly: 'у JHU нет данных по регионам (только по России в целом)',
  outsideData: (first: IsoDate, last: IsoDate) => `дата вне данных (${first} — ${last})`,
  afterEnd: 'начало позже конца диапазона',
  outsideShown: (from: IsoDate, to: IsoDate) => `дата вне показанного периода (${from} — ${to})`,

  startOfData: 'начало данных',
  startOfDataOn: (date: IsoDate) => `начало данных (${date})`,
  latestReport: 'последняя сводка',
  latestReportOn: (date: IsoDate) => `последняя сводка (${date})`,
  noFocus: 'без выбранной даты',
  noLogScale: 'все графики в линейной шкале',
  wholePage: 'вся страница',
  noTable: 'таблицы закрыты',
  officialReports: 'официальные сводки',
  counts: 'абсолютные числа',
  cases: 'случаи',
  russiaAsAWhole: 'Россия в целом',
  noComparison: 'без сравнения',
  firstOf: (most: number, places: string) => `первые ${most}: ${places}`,
  firstValue: 'первое значение',
  wholeRange: 'весь период данных',
  linearScale: 'линейная шкала',
  ignored: 'ничего (параметр пропущен)',
};
