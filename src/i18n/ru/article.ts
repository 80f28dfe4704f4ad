/**
 * The words of the story's panel, in Russian. The story itself is quoted as published, in
 * English (the panel marks it so).
 */
import type { ClaimCheck } from '../../data/claims';
import { formatCount, formatDate, formatDateRange } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

/** "Общее число случаев", "общее число смертей", and new cases: what the data may lack. */
const GENITIVE = {
  newCases: 'числа новых случаев',
  totalCases: 'общего числа случаев',
  totalDeaths: 'общего числа смертей',
} as const;
const TOTAL = { totalCases: 'Общее число случаев', totalDeaths: 'Общее число смертей' } as const;

const newCases = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'новый случай', few: 'новых случая', many: 'новых случаев', other: 'нового случая' })}`;

export const article: Messages['article'] = {
  kicker: 'Статья',
  newsDate: 'Дата публикации',
  figuresFrom: 'данные официальной сводки от',
  national: (place: string) =>
    `Цифры статьи относятся к России в целом: они сверяются с общероссийскими официальными данными, а не с данными выбранного места (${place}).`,
  reportInRange: 'Эта сводка входит в показанный период.',
  reportOutOfRange: (from: IsoDate, to: IsoDate) =>
    `Эта сводка не входит в показанный период (${formatDateRange(from, to)}).`,
  textFailed: (reason: string) => `Не удалось загрузить текст статьи (${reason}).`,

  claimsHeading: (reportDate: IsoDate) =>
    `Цифры статьи в сравнении со сводкой от ${formatDate(reportDate)}`,
  claimLabel: {
    'daily-record': 'Рекордное число новых случаев за сутки',
    'fifth-day-above-10k': 'Пятый день подряд больше 10\u00a0000',
    'total-cases': 'Всего случаев больше 177\u00a0000',
    'total-deaths': 'Смертей больше 1\u00a0600',
  },
  status: {
    verified: 'подтверждено',
    refuted: 'не подтверждено',
    'no-data': 'проверить нельзя',
  },
  checking: 'проверяется',
  notCheckedYet: 'ещё не проверено',
  notLoaded: 'Данные не загружены, поэтому проверить это пока нельзя.',
  explain: (check: ClaimCheck, reportDate: IsoDate, reportIsRecord: boolean): string => {
    const { test } = check.claim;
    const verified = check.status === 'verified';
    const report = `сводке от ${formatDate(reportDate)}`;
    if (check.actual === null) {
      const what = test.kind === 'total-above' ? GENITIVE[test.field] : GENITIVE.newCases;
      return `Для сводки от ${formatDate(reportDate)} в данных нет ${what}.`;
    }
    const actual = check.actual;
    switch (test.kind) {
      case 'daily-record':
        if (verified) {
          return `В ${report} — ${newCases(actual)}, больше, чем за любой предыдущий день.`;
        }
        return actual === test.value
          ? `В ${report} — ${newCases(actual)}, но это не рекорд.`
          : `В ${report} — ${newCases(actual)}, а не ${formatCount(test.value)}${reportIsRecord ? '' : ', и это не рекорд'}.`;
      case 'consecutive-days-above': {
        const first = check.dates[0];
        if (actual === 0 || !first) {
          return `В ${report} новых случаев было не больше ${formatCount(test.threshold)}.`;
        }
        // "На протяжении 1 дня", "5 дней", "22 дней": the genitive after "на протяжении".
        const days = pluralForm('ru', actual, {
          one: 'дня',
          few: 'дней',
          many: 'дней',
          other: 'дня',
        });
        return `Новых случаев было больше ${formatCount(test.threshold)} на протяжении ${actual} ${days} подряд (${formatDateRange(first, reportDate)})${verified ? '' : `, а не ${test.days}`}.`;
      }
      case 'total-above':
        return `${TOTAL[test.field]} в ${report} — ${formatCount(actual)}: ${verified ? 'больше' : 'не больше'}, чем ${formatCount(test.threshold)}.`;
    }
  },

  photo: 'Фото (здесь не воспроизводится):',
  published: (newsDate: IsoDate) =>
    `Статья в том виде, в каком она опубликована ${formatDate(newsDate)}`,
  checkedAgainst: (reportDate: IsoDate) =>
    `С официальной сводкой от ${formatDate(reportDate)} сверены цифры, отмеченные в тексте.`,
};
