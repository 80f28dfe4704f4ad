/**
 * The words of the story's panel, in Russian. The story itself is quoted as published, in
 * English (the panel marks it so); the checks of its figures are worded by "Check a story"
 * (./story-check.ts), whose engine checks them.
 */
import { formatDate, formatDateRange } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { Messages } from '../messages';

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
  checking: 'проверяется',
  notCheckedYet: 'ещё не проверено',
  notLoaded: 'Данные не загружены, поэтому проверить это пока нельзя.',

  photo: 'Фото (здесь не воспроизводится):',
  published: (newsDate: IsoDate) =>
    `Статья в том виде, в каком она опубликована ${formatDate(newsDate)}`,
  checkedAgainst: (reportDate: IsoDate) =>
    `С официальной сводкой от ${formatDate(reportDate)} сверены цифры, отмеченные в тексте.`,
};
