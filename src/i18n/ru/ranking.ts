/** The words of the table of all regions, in Russian. */
import { formatCount, formatDateRange } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { RankingColumn } from '../../data/ranking';
import type { RankingCaptionFacts } from '../en/ranking';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

const COLUMNS: Record<RankingColumn, string> = {
  name: 'Регион',
  cases: 'Случаи',
  casesPer100k: 'Случаи на 100\u00a0000 жителей',
  deaths: 'Смерти',
  deathsPer100k: 'Смерти на 100\u00a0000 жителей',
  trend: 'Изменение за последние 7 дней',
};

/** The order of a sort in words: names go by the alphabet, figures by size. */
function order(column: RankingColumn, descending: boolean): string {
  if (column === 'name') return descending ? 'в обратном алфавитном порядке' : 'по алфавиту';
  return descending ? 'по убыванию' : 'по возрастанию';
}

export const ranking: Messages['ranking'] = {
  columns: COLUMNS,
  notKnown: 'неизвестно',
  caption: (facts: RankingCaptionFacts): string =>
    `85 регионов, ${formatDateRange(facts.from, facts.to)}: официальные сводки; население на 1 января 2020 г. (Росстат).${
      facts.clipped
        ? ' Показанные даты выходят за пределы региональных данных: таблица охватывает только эти даты.'
        : ''
    } Сортировка: «${COLUMNS[facts.column]}», ${order(facts.column, facts.descending)}.${
      facts.missingRegionDays > 0
        ? ` В суммах не учтены дни без сводки (всего по регионам — ${formatCount(facts.missingRegionDays)} ${pluralForm('ru', facts.missingRegionDays, { one: 'день', few: 'дня', many: 'дней', other: 'дня' })}).`
        : ''
    }`,
  noneInRange: (from: IsoDate, to: IsoDate) =>
    `Региональные данные (официальные сводки) охватывают период ${formatDateRange(from, to)}; ни одна из этих дат не входит в показанный период.`,
  nationalVsRegions: (equal: number, compared: number, largest: number): string => {
    const differing = compared - equal;
    const dates = pluralForm('ru', compared, {
      one: 'даты',
      few: 'дат',
      many: 'дат',
      other: 'даты',
    });
    // "Не более 1 случая", "не более 2 случаев": the genitive after "не более".
    const cases = pluralForm('ru', largest, {
      one: 'случая',
      few: 'случаев',
      many: 'случаев',
      other: 'случая',
    });
    return `Общероссийские данные совпадают с суммой новых случаев по этим 85 регионам в ${formatCount(equal)} из ${formatCount(compared)} ${dates} сводок, за которые известны и те и другие${
      differing > 0
        ? `; в остальные даты (${formatCount(differing)}) расхождение составляет не более ${formatCount(largest)} ${cases} (в первых пресс-релизах часть случаев не была отнесена ни к одному региону).`
        : '.'
    }`;
  },
};
