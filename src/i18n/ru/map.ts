/** The words of the map, in Russian. */
import { formatCompact, formatCount, formatDate, formatRate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import type { MapMetric } from '../../data/map-rates';
import type { MapSummaryFacts } from '../en/map';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

/** What is counted, after "больше всего" and before "на 100 000 жителей" (genitive plural). */
const GENITIVE: Record<MapMetric, string> = { cases: 'новых случаев', deaths: 'смертей' };
const WHAT: Record<MapMetric, string> = {
  cases: 'Новые случаи',
  deaths: 'Смерти',
};

const regionsOf = (n: number) =>
  pluralForm('ru', n, { one: 'регион', few: 'региона', many: 'регионов', other: 'региона' });

export const map: Messages['map'] = {
  metric: { cases: 'Случаи', deaths: 'Смерти' },
  whatMapShows: 'Что показывает карта',
  play: 'Воспроизвести',
  pause: 'Пауза',
  // The reason is a sentence of its own (see i18n/errors.ts): said after, not after a colon.
  failed: (reason: string) => `Карту не удалось построить. ${reason}`,
  title: (metric: MapMetric, date: IsoDate) =>
    `${WHAT[metric]} на 100\u00a0000 жителей за 7 дней по ${formatDate(date)}`,
  label: (title: string) =>
    `Карта 85 регионов (${title}). Клавишами со стрелками можно переходить между регионами; Enter открывает выбранный.`,
  detailsHint:
    'Наведите указатель на регион или перейдите к нему клавишей Tab и стрелками, чтобы увидеть его показатели; щёлкните по нему или нажмите Enter, чтобы открыть его.',
  playing: (date: IsoDate) => `Воспроизведение: ${formatDate(date)}, по неделе на кадр. `,
  note: {
    beforeLink:
      'Население: Росстат, на 1 января 2020 г. Данные: официальные ежедневные сводки. Границы: Natural Earth (общественное достояние), упрощённые; Республика Крым и Севастополь показаны так, как их учитывают официальные сводки. Те же данные за показанные даты приведены в ',
    link: 'таблице всех регионов',
    afterLink: '.',
  },

  regionRate: (name: string, metric: MapMetric, rate: number, count: number, date: IsoDate) =>
    `${name}: ${GENITIVE[metric]} на 100\u00a0000 жителей за 7 дней по ${formatDate(date)} — ${formatRate(rate)} (всего ${formatCount(count)}).`,
  regionNotReported: (name: string, date: IsoDate) =>
    `${name}: за 7 дней по ${formatDate(date)} данные есть не за каждый день.`,

  summary: (facts: MapSummaryFacts): string =>
    [
      `Больше всего ${GENITIVE[facts.metric]} на 100\u00a0000 жителей за 7 дней по ${formatDate(facts.date)} — ${facts.highest.name} (${formatRate(facts.highest.rate)}); меньше всего — ${facts.lowest.name} (${formatRate(facts.lowest.rate)}).`,
      `В самом высоком из представленных интервалов (${facts.topBandLabel}) — ${formatCount(facts.topBandRegions)} ${regionsOf(facts.topBandRegions)} из ${formatCount(facts.regions)}.`,
      facts.notReported > 0
        ? `Нет данных по ${formatCount(facts.notReported)} ${pluralForm('ru', facts.notReported, { one: 'региону', few: 'регионам', many: 'регионам', other: 'региона' })}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  summaryNoneReported: (date: IsoDate) =>
    `Ни по одному региону нет сводок за все 7 дней по ${formatDate(date)}: на карте все регионы отмечены как «нет данных».`,

  bandUnder: (upper: number) => `менее ${formatCompact(upper)}`,
  bandBetween: (lower: number, upper: number) =>
    `от ${formatCompact(lower)} до ${formatCompact(upper)}`,
  bandOrMore: (lower: number) => `${formatCompact(lower)} и более`,
  legend: 'Легенда: на 100\u00a0000 жителей за 7 дней',

  table: {
    label: 'Карта, таблица',
    caption: (metric: MapMetric, date: IsoDate) =>
      `${WHAT[metric]} за 7 дней по ${formatDate(date)} по регионам, по убыванию показателя на 100\u00a0000 жителей`,
    region: 'Регион',
    per100k: 'На 100\u00a0000 жителей',
    band: 'Интервал',
  },
  imageSubtitle: 'На 100 000 жителей, за 7 дней по указанную дату, по регионам',
  imageSources:
    'официальные ежедневные сводки из архивов maximzasorin/covid-19 (MIT), k0ka/covid19-russia-data (GNU GPL v3) и ash/covid.observer; население: Росстат, 1 января 2020 года; контуры: Natural Earth (общественное достояние)',
};
