import { useQuery } from '@tanstack/react-query';
import { loadDataset } from '../../data/load-dataset';

/** Where the shipped data file is served (see scripts/build-dataset.ts). */
export const DATASET_URL = `${import.meta.env.BASE_URL}data/russia-covid19-daily.json`;

export const datasetQueryKey = ['dataset', DATASET_URL] as const;

/** The dataset, loaded once and shared by every component that asks. */
export function useDataset() {
  return useQuery({
    queryKey: datasetQueryKey,
    queryFn: ({ signal }) => loadDataset(DATASET_URL, signal),
  });
}
