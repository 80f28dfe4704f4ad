/**
 * Loading the series files, for any component that needs a series: each is fetched once and
 * shared (TanStack Query caches by series), and only when something on the page asks for it.
 */
import { queryOptions, skipToken, useQueries, useQuery } from '@tanstack/react-query';
import { useHydrated } from '../components/use-hydrated';
import type { Dataset } from '../data/dataset';
import { loadSeries } from '../data/load-dataset';
import { seriesPath } from '../data/paths';
import type { SeriesKey } from '../data/series';
import { dataUrl } from './data-url';

/** Fetches a series' file, under its content-hashed name (see scripts/build-dataset.ts). */
async function fetchSeries(key: SeriesKey, signal: AbortSignal): Promise<Dataset> {
  return loadSeries(await dataUrl(seriesPath(key)), key, { signal });
}

/** How a series is fetched and cached; shared by the hook and the start-up prefetch. */
export const seriesQuery = (key: SeriesKey) =>
  queryOptions({
    queryKey: ['series', key.source, key.place] as const,
    queryFn: ({ signal }) => fetchSeries(key, signal),
  });

/** What a component knows of a series: loading, loaded, or failed with a way to try again. */
export type SeriesState =
  | { readonly status: 'pending'; readonly data: undefined; readonly error: null }
  | { readonly status: 'success'; readonly data: Dataset; readonly error: null }
  | { readonly status: 'error'; readonly data: undefined; readonly error: Error };

export interface SeriesResult {
  readonly state: SeriesState;
  readonly refetch: () => void;
}

/** A series' dataset; pass null while it is not needed, and nothing is fetched. */
export function useSeries(key: SeriesKey | null): SeriesResult {
  // The same key as seriesQuery's, so the start-up prefetch fills this hook's cache.
  const query = useQuery<Dataset, Error, Dataset, readonly string[]>({
    queryKey: ['series', key?.source ?? 'none', key?.place ?? 'none'],
    queryFn: key ? ({ signal }) => fetchSeries(key, signal) : skipToken,
  });
  // No wait for the page to be taken over: the prerendered page holds the default view's series,
  // and the browser takes it over only once those are in the cache (see src/app/boot.tsx), so
  // both renders see the same data.
  const { refetch } = query;
  const state: SeriesState =
    query.status === 'pending'
      ? { status: 'pending', data: undefined, error: null }
      : query.status === 'error'
        ? { status: 'error', data: undefined, error: query.error }
        : { status: 'success', data: query.data, error: null };
  return { state, refetch: () => void refetch() };
}

interface SeriesList {
  readonly datasets: readonly (Dataset | null)[];
  readonly error: Error | null;
  readonly retry: () => void;
}

/** Stable, so TanStack Query keeps the combined value while no series changes. */
function combineSeries(
  results: readonly { data?: Dataset | undefined; error: Error | null; refetch: () => unknown }[],
): SeriesList {
  return {
    datasets: results.map((result) => result.data ?? null),
    error: results.find((result) => result.error)?.error ?? null,
    retry: () => {
      for (const result of results) if (result.error) void result.refetch();
    },
  };
}

const NOT_YET: SeriesList = { datasets: [], error: null, retry: () => {} };

/** Several series at once (for a comparison): their datasets in order, null while loading. */
export function useSeriesList(keys: readonly SeriesKey[]): SeriesList {
  const hydrated = useHydrated();
  const list = useQueries({
    queries: keys.map((key) => seriesQuery(key)),
    combine: combineSeries,
  });
  return hydrated ? list : NOT_YET;
}
