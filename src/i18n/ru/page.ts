/** The words of the page's header and footer, and of the source switch, in Russian. */
import { formatCount, formatDate, formatDateRange } from '../../data/format';
import { type IsoDate, isIsoDate } from '../../data/iso-date';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

/** Ends a sentence with a full stop, unless its last word has one: Russian dates end in "г.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export const page: Messages['page'] = {
  sources: {
    official: {
      name: 'Официальные ежедневные сводки',
      shortName: 'Официальные данные',
      coverageNote:
        'Данные включают Республику Крым и Севастополь, как и официальные сводки. Для 38 дат после 20 января 2022 года пригодной сводки нет (35 сводок не сохранились в архивах, 3 архивные копии оказались устаревшими или с неверной датой), и эти даты показаны как «нет данных»; накопленные итоги известны только по 11 марта 2022 года, так как пропущенный день прерывает нарастающий итог.',
    },
    jhu: {
      name: 'CSSE Университета Джонса Хопкинса',
      shortName: 'JHU',
      coverageNote:
        'С 1 июня 2020 года данные не включают Республику Крым и Севастополь (JHU учитывает их в составе Украины), поэтому с этой даты итоги ниже официальных. Выздоровления здесь не учитываются.',
    },
  },

  tabTitle: {
    site: 'COVID-19 в России',
    siteOfPlace: (place: string) => `${place} · COVID-19 в России`,
    beforeData: 'официальные ежедневные сводки',
    allReports: 'все сводки',
    reportOf: (date: string) => `, сводка от ${date}`,
    per100k: 'на 100 000 жителей',
  },
  title: 'Статистика COVID-19 в России',
  lede: 'Случаи заболевания и смерти в России и в каждом из её 85 регионов — сводка за сводкой с 31 января 2020 года по 2023 год, по официальным ежедневным сводкам и данным Университета Джонса Хопкинса. Все пропуски и исправления отмечены, а новость от 8 мая 2020 года проверена цифра за цифрой.',
  latestReport: 'Последняя сводка:',
  latestNotAvailable: 'недоступна',

  sourceSwitch: 'Источник данных',

  sourcesHeading: 'Источники и лицензии',
  footerFiguresShown: 'Источник данных:',
  referenceDetails: (covers: string, licence: string) =>
    sentence(`, ${covers}. Лицензия: ${licence}`),
  referencesLater:
    'Архивы, из которых взяты данные, и их лицензии будут перечислены здесь, когда загрузится файл данных.',
  storyCredit:
    'Новость: «В России пятый день подряд выявляют более 10 тысяч новых случаев» (англоязычная публикация от 8 мая 2020 года); фото: Алексей Никольский, Sputnik, Kremlin Pool Photo via AP.',
  methodHeading: 'Как читать данные',
  methodReportDates:
    'Каждая дата — это дата сводки: день, когда была опубликована официальная сводка (утром по московскому времени, за предыдущие сутки). Новость от 8 мая 2020 года приводит данные сводки от 7 мая 2020 года.',
  methodAverages:
    'Среднее за 7 дней — это среднее значение семи сводок по указанную дату включительно. Оно показывается, только если известны все семь: если среди них есть день без сводки, среднего нет.',
  methodFlags:
    'День, данные которого не сходятся (изменение итога отличается от суточного показателя или итог уменьшился), а также день без сводки отмечаются, но не исправляются: на графиках они помечены, в таблицах объяснены, а в списке исправлений и пропусков названы все такие дни.',
  dataFile: (reportDates: number, first: IsoDate, last: IsoDate, generatedOn: string) =>
    sentence(
      `Файл данных: ${formatCount(reportDates)} ${pluralForm('ru', reportDates, {
        one: 'дата сводки',
        few: 'даты сводок',
        many: 'дат сводок',
        other: 'даты сводок',
      })}, ${formatDateRange(first, last)}; создан ${isIsoDate(generatedOn) ? formatDate(generatedOn) : generatedOn}`,
    ),
};
