/** Words used across the page, in Russian. */
import type { DayFlag } from '../../data/dataset';
import type { Metric } from '../../data/fields';
import { formatCount, formatSignedCount } from '../../data/format';
import type { Messages } from '../messages';

/** "Of cases", "of deaths", "of recoveries": the genitive after "число" and "итог". */
const METRIC_GENITIVE: Record<Metric, string> = {
  cases: 'случаев',
  deaths: 'смертей',
  recovered: 'выздоровлений',
};

export const common: Messages['common'] = {
  notReported: 'Нет данных',
  notReportedLower: 'нет данных',
  retry: 'Повторить',
  dismiss: 'Закрыть',
  loading: 'загрузка…',
  showTable: 'Показать таблицу',
  hideTable: 'Скрыть таблицу',
  linear: 'Линейная',
  log: 'Логарифмическая',
  russia: 'Россия',
  describeFlag: (flag: DayFlag): string => {
    switch (flag.kind) {
      case 'missing-report':
        return 'За эту дату сводки нет: о ней ничего не известно.';
      case 'inconsistent-total':
        return `Итоговое число ${METRIC_GENITIVE[flag.metric]} изменилось на ${formatSignedCount(flag.totalChange)}, а в сводке указано ${formatCount(flag.reportedDaily)} новых; показаны оба числа, как в сводке.`;
      case 'total-decreased':
        return `Итоговое число ${METRIC_GENITIVE[flag.metric]} уменьшилось с ${formatCount(flag.previousTotal)} до ${formatCount(flag.total)} (пересмотр данных).`;
      case 'negative-daily':
        return `Суточное число ${METRIC_GENITIVE[flag.metric]} отрицательное (${formatSignedCount(flag.daily)}): итог был пересмотрен в сторону уменьшения.`;
    }
  },
};
