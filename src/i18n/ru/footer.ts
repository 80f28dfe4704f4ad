/** The words of the page's footer, in Russian. */
import { formatCount, formatDate, formatDateRange } from '../../data/format';
import { type IsoDate, isIsoDate } from '../../data/iso-date';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

/** Ends a sentence with a full stop, unless its last word has one: Russian dates end in "г.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export const footer: Messages['footer'] = {
  lede: 'Случаи заболевания и смерти в России и в каждом из её 85 регионов — сводка за сводкой с 31 января 2020 года по 2023 год, по официальным ежедневным сводкам и данным Университета Джонса Хопкинса. Все пропуски и исправления отмечены, а новость от 8 мая 2020 года проверена цифра за цифрой.',
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
