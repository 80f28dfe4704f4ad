import { QueryClient } from '@tanstack/react-query';
import { isTransient } from '../data/load-dataset';

/**
 * The files we load never change while the page is open, so they are fetched once. A dropped
 * connection is retried twice; a damaged file, an HTTP error, a timeout or being offline is not:
 * retrying cannot mend the first two, and the page says so at once for the others, with Retry.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
        // A part of the page that mounts later (the story, a panel below the fold) must not
        // fetch a failed file again by itself: that would take the failure's notice away
        // while it loads, only to fail the same way. Retry and reconnecting fetch it again.
        retryOnMount: false,
        retry: (failureCount, error) => failureCount < 2 && isTransient(error),
      },
    },
  });
}
