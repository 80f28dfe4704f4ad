import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
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

/** A change of view: the next view, or a function of the current one (see view-changes.ts). */
export type ViewUpdate = ViewState | ((current: ViewState) => ViewState);

export interface ViewStateApi {
  readonly view: ViewState;
  /**
   * Changes the view; 'push' for a discrete change, 'replace' while dragging. Stable: it reads the
   * current view when called, so components that receive it do not redraw when the view changes.
   */
  readonly setView: (update: ViewUpdate, mode?: HistoryMode) => void;
  /** What the link asked for that could not be used, until dismissed. */
  readonly notices: readonly ViewNotice[];
  readonly dismissNotices: () => void;
}

/** The address as it is now, and the view it asks for (before it is fitted to any data). */
export interface LinkedView {
  readonly search: string;
  readonly parsed: ReturnType<typeof parseViewParams>;
}

/**
 * Reads the view from the address, and re-reads it on every navigation (ours, Back, Forward).
 * Apart from `useViewState` because what the view asks for (its source) decides which data to load,
 * and the data's dates in turn decide how the view is fitted.
 */
export function useLinkedView(): LinkedView {
  const search = useSyncExternalStore(subscribeToLocation, getLocationSearch, () => '');
  const parsed = useMemo(() => parseViewParams(search), [search]);
  return useMemo(() => ({ search, parsed }), [search, parsed]);
}

/**
 * The view, fitted to the data once its bounds are known (pass `null` while it loads; pass
 * `settled` once loading has ended either way). When the link was not in its canonical form, it is
 * rewritten in place and what was changed is kept as notices.
 */
export function useViewState(
  { search, parsed }: LinkedView,
  bounds: DataBounds | null,
  settled: boolean,
): ViewStateApi {
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

  // The bounds of the data shown, read by setView when it is called.
  const latestBounds = useRef(bounds);
  useEffect(() => {
    latestBounds.current = bounds;
  }, [bounds]);

  const setView = useCallback((update: ViewUpdate, mode: HistoryMode = 'push') => {
    // The view as the address holds it now, even if React has not yet drawn the last change
    // (several changes can come in one frame).
    const currentBounds = latestBounds.current;
    const parsedNow = parseViewParams(getLocationSearch()).view;
    const view = currentBounds ? resolveView(parsedNow, currentBounds).view : parsedNow;
    const next = typeof update === 'function' ? update(view) : update;
    // Fitted to the data first, so the link is always in its canonical form (a range that
    // covers all the data is written as no range at all).
    navigateToSearch(
      serialiseView(currentBounds ? resolveView(next, currentBounds).view : next),
      mode,
    );
  }, []);
  const dismissNotices = useCallback(() => setNotices([]), []);

  return { view: resolved.view, setView, notices, dismissNotices };
}
