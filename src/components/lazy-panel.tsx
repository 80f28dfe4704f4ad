import { type ReactNode, useRef } from 'react';
import { m } from '../i18n/messages';
import { Notice } from './notice';
import { Skeleton } from './skeleton';
import {
  type DeferredModule,
  type DeferredModuleState,
  deferModule,
  useDeferredModule,
} from './use-deferred-module';
import { useNearViewport } from './use-near-viewport';

/**
 * A code chunk requested the first time `lazyModule(...)()` is called, and shared after that.
 * For parts of the page that nobody sees before scrolling: they cost nothing at start.
 */
export function lazyModule<T>(load: () => Promise<T>): () => DeferredModule<T> {
  let module: DeferredModule<T> | null = null;
  return () => {
    module ??= deferModule(load);
    return module;
  };
}

/**
 * Stands in for a module that is not wanted yet: never settles, never downloads anything. One
 * promise, always the same: it is a snapshot of an external store, which must not change by itself.
 */
const PENDING = new Promise<never>(() => {});
const NOT_YET: DeferredModule<never> = {
  current: () => PENDING,
  retry: () => PENDING,
  subscribe: () => () => {},
};

/** The state of a lazy module that is asked for only once `wanted` is true. */
export function useLazyModule<T>(
  module: () => DeferredModule<T>,
  wanted: boolean,
): DeferredModuleState<T> {
  return useDeferredModule<T>(wanted ? module() : NOT_YET);
}

interface LazyPanelProps<T> {
  readonly module: () => DeferredModule<T>;
  /**
   * What the panel is, for the message if its code does not arrive, in the page's language and
   * able to open a sentence: "The comparison of sources".
   */
  readonly what: string;
  /** The height of the placeholder, near the panel's own, so the page does not jump. */
  readonly placeholderHeight: string;
  /**
   * Load at once rather than when near the screen: for parts kept out of the first download
   * only so that they do not hold up the first screen (the story, the date brush).
   */
  readonly eager?: boolean;
  /** Offered beside Retry when the code does not arrive: for a panel the reader may do without. */
  readonly onDismiss?: () => void;
  readonly children: (loaded: T) => ReactNode;
}

/**
 * A panel whose code loads when it comes near the screen (or at once, `eager`), with a
 * placeholder until then and a Retry if the download fails.
 */
export function LazyPanel<T>({
  module,
  what,
  placeholderHeight,
  eager = false,
  onDismiss,
  children,
}: LazyPanelProps<T>) {
  const frame = useRef<HTMLDivElement>(null);
  const near = useNearViewport(frame);
  const wanted = eager || near;
  const state = useLazyModule(module, wanted);
  // While its code downloads, the panel says it is being filled in (to assistive technology, and
  // to tests waiting for the page to settle); one not wanted yet is simply not there.
  return (
    <div ref={frame} aria-busy={wanted && state.status === 'loading' ? true : undefined}>
      {state.status === 'ready' ? (
        children(state.value)
      ) : state.status === 'error' ? (
        <Notice tone="error" onRetry={state.retry} onDismiss={onDismiss}>
          <p>{m().charts.components.lazyPanelFailed(what)}</p>
        </Notice>
      ) : (
        <Skeleton height={placeholderHeight} />
      )}
    </div>
  );
}
