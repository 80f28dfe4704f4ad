/** The page's frame in Russian: sections, failures, languages. */
import type { OwnFile } from '../../data/damaged-file';
import type { DatasetLoadFailure } from '../../data/load-dataset';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

const seconds = (n: number) =>
  `${n} ${pluralForm('ru', n, { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' })}`;

/** Each name is masculine, so the sentences below agree with any of them. */
function ownFileName(file: OwnFile): string {
  switch (file.kind) {
    case 'region-catalogue':
      return 'Список регионов';
    case 'region-year':
      return `Файл с данными всех регионов за ${file.year} год`;
    case 'map-shapes':
      return 'Файл с контурами карты';
  }
}

export const app: Messages['app'] = {
  skipLink: 'Перейти к цифрам',
  offline:
    'Нет подключения к сети: показано то, что сохранено на этом устройстве при прошлом посещении; остальное загрузится, когда сеть появится.',
  offlineWithData: (date: string): string =>
    `Нет подключения к сети: показаны данные, сохранённые на этом устройстве, по сводку от ${date}. Более новые загрузятся, когда сеть появится.`,
  viewShown: 'Что показано',
  openViewControls: ['Изменить', 'место или даты'],
  perCapitaFailed: (place: string, reason: string) =>
    `Для показателей на 100 000 жителей нужна численность населения (${place}), но её не удалось загрузить (${reason}). Абсолютные числа по-прежнему доступны: кнопка «Абсолютные числа» выше.`,
  storyStillShown:
    'Статья ниже по-прежнему показана; её цифры будут проверены, когда загрузятся данные.',
  keyFiguresNeedData: 'Для основных показателей нужны данные, но их не удалось загрузить.',
  keyFigures: 'Основные показатели',
  trends: 'Динамика',
  chartsNeedData: 'Для графиков нужны данные, но их не удалось загрузить.',
  mapHeading: 'Карта регионов',
  map: 'Карта',
  mapNeedsDates: 'Для карты нужны даты данных, они загружаются.',
  rankingHeading: 'Все регионы',
  rankingNote:
    'Случаи и смерти за показанные даты в каждом из 85 регионов, в абсолютных числах и на 100 000 жителей, по официальным сводкам. Каждый регион открывается на своей странице с теми же датами.',
  ranking: 'Таблица регионов',
  rankingNeedsDates: 'Для таблицы нужны даты данных, они загружаются.',
  compareHeading: 'Сравнение мест',
  compare: 'Сравнение мест',
  sourcesHeading: 'Сравнение источников',
  sourcesNeedData: 'Для сравнения нужны данные, но их не удалось загрузить.',
  sources: 'Сравнение источников',
  correctionsHeading: 'Исправления и пропуски',
  correctionsNeedData: 'Для списка нужны данные, но их не удалось загрузить.',
  corrections: 'Список исправлений и пропусков',
  storyHeading: 'Новостная статья',
  dateBrush: 'Выбор дат на шкале',
  story: 'Новостная статья',
  storyCheckHeading: 'Проверить новость',
  storyCheck: 'Проверка новости',
  footer: 'Источники и примечания внизу страницы',

  loadFailure: (failure: DatasetLoadFailure, details: string): string => {
    switch (failure.kind) {
      case 'network':
        return `Не удалось загрузить данные (${failure.detail}). Проверьте подключение и попробуйте ещё раз.`;
      case 'offline':
        return 'Нет подключения к сети, поэтому данные не загрузились. Они загрузятся, когда подключение появится и вы нажмёте «Повторить».';
      case 'timeout':
        return `Сервер не отвечает: данные не пришли за ${seconds(failure.seconds)}. Попробуйте чуть позже.`;
      case 'http':
        return `Не удалось загрузить данные: сервер ответил ${failure.status}.`;
      case 'invalid-file':
        return `Файл данных повреждён, поэтому цифры не показаны, чтобы не показывать неверные. ${details}`;
    }
  },
  shortReason: (failure: DatasetLoadFailure, details: string): string => {
    switch (failure.kind) {
      case 'network':
        return `ошибка соединения: ${failure.detail}`;
      case 'offline':
        return 'нет подключения к сети';
      case 'timeout':
        return `сервер не ответил за ${seconds(failure.seconds)}`;
      case 'http':
        return `сервер ответил ${failure.status}`;
      case 'invalid-file':
        return details;
    }
  },
  damagedFile: (file: OwnFile, details: string): string =>
    `${ownFileName(file)} повреждён, поэтому его данные не показаны. ${details}`,
  damagedFileShort: (file: OwnFile): string => `${ownFileName(file).toLowerCase()} повреждён`,

  pageFailed: (message: string): string =>
    `Не удалось отобразить страницу (${message}). Нажмите «Повторить» или перезагрузите страницу; если ошибка повторится, возможно, в ссылке есть то, что эта страница не может показать.`,
  viewNotices: 'Сообщение о ссылке',
  viewControls: 'Настройки показа',

  languages: 'Язык',

  theme: 'Тема',
  themeSystem: 'Как в системе',
  themeLight: 'Светлая',
  themeDark: 'Тёмная',
};
