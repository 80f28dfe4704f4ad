import { useSyncExternalStore } from 'react';
import { formatDate } from '../data/format';
import type { IsoDate } from '../data/iso-date';
import { m } from '../i18n/messages';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser is online; the prerendered page assumes it is. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Offline, says so, and how recent the figures shown are: they are what this device saved on an
 * earlier visit. Gone as soon as the network is back (the page then loads anything newer).
 */
export function OfflineNote({ lastDate }: { lastDate: IsoDate | null }) {
  const online = useOnline();
  if (online) return null;
  const t = m().app;
  return (
    <p className="offline-note" role="status">
      {lastDate ? t.offlineWithData(formatDate(lastDate)) : t.offline}
    </p>
  );
}
