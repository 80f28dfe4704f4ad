/** The words of the share controls and the CSV download, in Russian. */
import type { Messages } from '../messages';

export const share: Messages['share'] = {
  copyLink: 'Копировать ссылку',
  share: 'Поделиться',
  copied: 'Ссылка скопирована: по ней откроется этот же вид с выбранными датами и настройками.',
  copyByHand: 'Не удалось скопировать ссылку автоматически. Скопируйте её отсюда:',
  downloadCsv: 'Скачать CSV',
};
