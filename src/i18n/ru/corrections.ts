/** The words of the list of corrections and gaps, in Russian. */
import { formatCount } from '../../data/format';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

/** "За 1 дату", "за 2 даты", "за 5 дат": the accusative after "за". */
const dates = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'дату', few: 'даты', many: 'дат', other: 'даты' })}`;
const days = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'день', few: 'дня', many: 'дней', other: 'дня' })}`;

/** What is missing and what does not add up, without naming a count of nothing. */
function findings(missingDays: number, flaggedDays: number): string {
  if (flaggedDays === 0) return `за ${dates(missingDays)} нет сводки, остальные данные сходятся.`;
  if (missingDays === 0)
    return `сводки есть за все даты, но данные за ${days(flaggedDays)} не сходятся.`;
  return `за ${dates(missingDays)} нет сводки, а данные за ${days(flaggedDays)} не сходятся.`;
}

export const corrections: Messages['corrections'] = {
  summary: (source: string, place: string, missingDays: number, flaggedDays: number): string =>
    `${source}, ${place}: ${
      missingDays === 0 && flaggedDays === 0
        ? 'за каждую дату есть сводка, и её данные сходятся.'
        : `${findings(missingDays, flaggedDays)} Ничего не исправлено и не восполнено: всё показано так, как в источнике.`
    }`,
  eachDay: 'Каждый из этих дней',
  missingReports: (n: number) =>
    `Нет сводки (${days(n)}): ${n === 1 ? 'об этой дате' : 'об этих датах'} ничего не известно.`,
};
