/** The words of the key figures (cards, heading, focus note, range totals), in Russian. */
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatPercent,
  formatValue,
  type Measure,
} from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { UnknownReason } from '../../data/key-figures';
import type { Change } from '../../data/range';
import type { Comparison, SparklineFacts } from '../en/key-figures';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

/** Ends a sentence with a full stop, unless its last word has one: Russian dates end in "г.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** "N дней" in the accusative ("за 28 дней", "за 21 день", "за 2 дня"). */
const days = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'день', few: 'дня', many: 'дней', other: 'дня' })}`;

const reports = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'сводка', few: 'сводки', many: 'сводок', other: 'сводки' })}`;

/** After the signed change: "+672 (+6,4 %) за сутки": short, the cards stand six abreast. */
const VERSUS: Record<Comparison, string> = {
  previousDay: 'за сутки',
  weekBefore: 'за неделю',
};

/** The same in a spoken sentence, before the date compared with. */
const COMPARED_WITH: Record<Comparison, string> = {
  previousDay: 'по сравнению с предыдущим днём',
  weekBefore: 'по сравнению с показателем 7 дней назад',
};

export const keyFigures: Messages['keyFigures'] = {
  cards: {
    newCases: { label: 'Новые случаи', definition: 'Выявлено за сутки' },
    totalCases: { label: 'Всего случаев', definition: 'Все случаи, выявленные к дате сводки' },
    newDeaths: { label: 'Новые смерти', definition: 'Умерло за сутки' },
    totalDeaths: { label: 'Всего смертей', definition: 'Все смерти, учтённые к дате сводки' },
    totalRecovered: {
      label: 'Выздоровели',
      definition: 'Все выздоровления, учтённые к дате сводки',
    },
    activeCases: {
      label: 'Активные случаи',
      definition: 'Всего случаев за вычетом смертей и выздоровлений',
    },
  },

  heading: (placeName: string) => `Основные показатели: ${placeName}`,
  reportOf: 'сводка от',

  showingReport: (date: IsoDate, isStoryReport: boolean) =>
    sentence(
      `Показана сводка от ${formatDate(date)}${isStoryReport ? ' — та, из которой взяты цифры новости' : ''}`,
    ),
  showLastOfRange: 'Показать последнюю сводку за эти даты',
  showLatest: 'Показать самую свежую сводку',

  definitionPer100k: (definition: string) => `${definition}, на ${formatCount(100_000)} жителей`,
  derived: ' (рассчитано по итоговым значениям)',
  alternativeNote: '(та же дата сводки; без Крыма и Севастополя)',
  warning: 'Внимание: ',
  unknownReason: (reason: UnknownReason | null): string => {
    switch (reason?.kind) {
      case 'missing-report':
        return 'Пригодной сводки за эту дату нет';
      case 'not-yet':
        return `Не сообщалось до ${formatDate(reason.firstKnown)}`;
      case 'no-longer':
        return `Неизвестно после ${formatDate(reason.lastKnown)}`;
      case 'never':
        return 'Источник не приводит этот показатель';
      default:
        return 'В этой сводке показателя нет';
    }
  },
  noComparison: (against: Comparison) =>
    against === 'previousDay'
      ? 'Нет данных для сравнения с предыдущим днём'
      : 'Нет данных для сравнения с показателем 7 дней назад',
  versus: (against: Comparison) => VERSUS[against],
  changeSpoken: (change: Change, against: Comparison, measure: Measure): string => {
    const when = `${COMPARED_WITH[against]} (${formatDate(change.comparedWith)})`;
    if (change.absolute === 0) return `Без изменений ${when}`;
    // The size of the change, without its sign: the word before it says the direction.
    const percent =
      change.percent === null
        ? ''
        : ` (${formatPercent(Math.abs(change.percent)).replace(/^[+−]/, '')})`;
    return `${change.absolute > 0 ? 'Рост' : 'Снижение'} на ${formatValue(Math.abs(change.absolute), measure)}${percent} ${when}`;
  },
  average: 'Среднее за 7 дней:',
  averageNotYet: 'Среднее за 7 дней: пока недоступно',
  sparkline: (facts: SparklineFacts) =>
    `${facts.label} за ${days(facts.days)} с ${formatDate(facts.from)} по ${formatDate(facts.to)}: от ${formatValue(facts.low, facts.measure)} до ${formatValue(facts.high, facts.measure)}`,
  sparklineEmpty: (label: string) => `${label}: нет данных за последние дни`,

  rangeTotals: 'Итоги за выбранный период',
  rangePeriod: (first: IsoDate, last: IsoDate, count: number) =>
    first === last
      ? `За ${formatDate(first)} (${reports(count)})`
      : `За период ${formatDateRange(first, last)} (${reports(count)})`,
  rangeCases: 'Случаев за период',
  rangeDeaths: 'Смертей за период',
  rangePeak: 'Максимум новых случаев за сутки',
  rangePeakDate: (date: IsoDate) => `(${formatDate(date)})`,
  rangeDaysAbove: (threshold: number, measure: Measure) =>
    `Дней, когда новых случаев больше ${formatValue(threshold, measure)}${measure === 'per100k' ? ` на ${formatCount(100_000)} жителей` : ''}`,
  rangeLongestRun: (n: number) => `(самая длинная серия — ${days(n)} подряд)`,
  rangeDaysWithout: (n: number) =>
    `За ${days(n)} этого периода нет данных о новых случаях; такие дни в итоги не включены.`,
};
