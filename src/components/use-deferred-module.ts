import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

/**
 * A code chunk that starts downloading as soon as it is created, and can be asked for again if
 * the download failed.
 */
export interface DeferredModule<T> {
  current(): Promise<T>;
  retry(): Promise<T>;
  subscribe(listener: () => void): () => void;
}

export function deferModule<T>(load: () => Promise<T>): DeferredModule<T> {
  const listeners = new Set<() => void>();
  let promise: Promise<T>;
  const retry = () => {
    const attempt = load();
    promise = attempt;
    // A chunk that failed while the browser was offline comes back by itself with the network,
    // as the data does (TanStack Query refetches on reconnect); Retry stays for other failures.
    attempt.catch(() => {
      const again = () => {
        if (promise === attempt) retry();
      };
      globalThis.addEventListener?.('online', again, { once: true });
    });
    for (const listener of listeners) listener();
    return attempt;
  };
  retry();
  return {
    current: () => promise,
    retry,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type DeferredModuleState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly retry: () => void };

/**
 * The state of a deferred module for rendering.
 *
 * Used instead of React.lazy + Suspense: React throttles the reveal of suspended content (by up to
 * 300 ms after a fallback was shown), which would hold back charts whose code has already arrived.
 * Here the placeholder is swapped for the real component in the next render.
 */
export function useDeferredModule<T>(module: DeferredModule<T>): DeferredModuleState<T> {
  const promise = useSyncExternalStore(module.subscribe, module.current, module.current);
  const [settled, setSettled] = useState<
    { promise: Promise<T>; value: T } | { promise: Promise<T>; error: true } | null
  >(null);
  useEffect(() => {
    let current = true;
    promise.then(
      (value) => current && setSettled({ promise, value }),
      () => current && setSettled({ promise, error: true }),
    );
    return () => {
      current = false;
    };
  }, [promise]);
  const retry = useCallback(() => void module.retry(), [module]);
  if (!settled || settled.promise !== promise) return { status: 'loading' };
  return 'value' in settled
    ? { status: 'ready', value: settled.value }
    : { status: 'error', retry };
}
