import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  getLocationSearch,
  type HistoryMode,
  navigateToSearch,
  subscribeToLocation,
} from './location-store';
import {
  type DataBounds,
  parseViewParams,
  resolveView,
  serialiseView,
  type ViewNotice,
  type ViewState,
} from './view-state';

export interface ViewStateApi {
  readonly view: ViewState;
  /** Changes the view; 'push' for a discrete change, 'replace' while dragging. */
  readonly setView: (next: ViewState, mode?: HistoryMode) => void;
  /** What the link asked for that could not be used, until dismissed. */
  readonly notices: readonly ViewNotice[];
  readonly dismissNotices: () => void;
}

/**
 * The view, read from the URL and fitted to the data once its bounds are known (pass `null`
 * while it loads; pass `settled` once loading has ended either way). When the link was not in its
 * canonical form, it is rewritten in place and what was changed is kept as notices.
 */
export function useViewState(bounds: DataBounds | null, settled: boolean): ViewStateApi {
  const search = useSyncExternalStore(subscribeToLocation, getLocationSearch, () => '');
  const parsed = useMemo(() => parseViewParams(search), [search]);
  const resolved = useMemo(
    () => (bounds ? resolveView(parsed.view, bounds) : { view: parsed.view, notices: [] }),
    [parsed, bounds],
  );
  const [notices, setNotices] = useState<readonly ViewNotice[]>([]);

  useEffect(() => {
    if (!settled) return;
    const canonical = serialiseView(resolved.view);
    if (canonical === search) return;
    const found = [...parsed.notices, ...resolved.notices];
    if (found.length > 0) setNotices(found);
    navigateToSearch(canonical, 'replace');
  }, [settled, search, parsed, resolved]);

  const setView = useCallback(
    (next: ViewState, mode: HistoryMode = 'push') => {
      // Fitted to the data first, so the link is always in its canonical form (a range that
      // covers all the data is written as no range at all).
      navigateToSearch(serialiseView(bounds ? resolveView(next, bounds).view : next), mode);
    },
    [bounds],
  );
  const dismissNotices = useCallback(() => setNotices([]), []);

  return { view: resolved.view, setView, notices, dismissNotices };
}
