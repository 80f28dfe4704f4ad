import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadDataset } from '../../data/load-dataset';
import { DATASET_PATH } from '../../data/paths';

/** Where the shipped data file is served (see scripts/build-dataset.ts). */
export const DATASET_URL = `${import.meta.env.BASE_URL}${DATASET_PATH}`;

/** How the dataset is fetched and cached; shared by the hook and the start-up prefetch. */
export const datasetQuery = queryOptions({
  queryKey: ['dataset', DATASET_URL] as const,
  queryFn: ({ signal }) => loadDataset(DATASET_URL, signal),
});

/** The dataset, loaded once and shared by every component that asks. */
export function useDataset() {
  return useQuery(datasetQuery);
}
