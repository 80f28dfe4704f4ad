/** The words of a chart's download and embed panel, and of the embedded chart's link, in Russian. */
import type { Messages } from '../messages';

export const takeAway: Messages['takeAway'] = {
  png: 'Скачать PNG',
  svg: 'Скачать SVG',
  embedLabel: 'Встроить этот график на страницу (скопируйте этот код):',
  saved: (kind: string): string => `Изображение ${kind} скачано.`,
  failed: (reason: string): string => `Не удалось создать изображение (${reason}).`,
  openFull: 'Открыть всю страницу',
};
