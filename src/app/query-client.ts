import { QueryClient } from '@tanstack/react-query';
import { DatasetLoadError } from '../data/load-dataset';

/**
 * The files we load never change while the page is open, so they are fetched once. A network
 * failure is retried twice; a damaged file or an HTTP error is not, since retrying cannot mend it.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          failureCount < 2 &&
          (!(error instanceof DatasetLoadError) || error.failure.kind === 'network'),
      },
    },
  });
}
