/**
 * Loading the files of all regions: the catalogue (names, districts, population) and the year
 * files of every region's days. Each is fetched once, when a part of the page needs it.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useHydrated } from '../components/use-hydrated';
import { DamagedFileError, type OwnFile } from '../data/damaged-file';
import { DEFAULT_TIMEOUT_MS, fetchText } from '../data/load-dataset';
import { REGION_CATALOGUE_PATH, regionYearPath } from '../data/paths';
import type {
  RegionCatalogue,
  RegionsFileResult,
  RegionYear,
  RegionYearExpectation,
} from '../data/regions-file';
import { dataUrl } from './data-url';

/**
 * The files' parsers, downloaded with the first file that needs them: Russia's own view, the
 * default, needs none of the regions' files, so their checks are not in the first download.
 */
const parsers = () => import('../data/regions-file');

/** The largest year file is about 190 KB; anything far larger is not one. */
const MAX_BYTES = 2_000_000;

function unwrap<T>(result: RegionsFileResult<T>, file: OwnFile): T {
  if (!result.ok) throw new DamagedFileError(file, result.problems.slice(0, 2));
  return result.value;
}

async function load(path: string, signal: AbortSignal): Promise<string> {
  return fetchText(await dataUrl(path), {
    signal,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxBytes: MAX_BYTES,
  });
}

export function useRegionCatalogue(enabled: boolean) {
  const hydrated = useHydrated();
  const query = useQuery<RegionCatalogue>({
    queryKey: ['regions', 'catalogue'],
    queryFn: async ({ signal }) => {
      const [text, { parseRegionCatalogue }] = await Promise.all([
        load(REGION_CATALOGUE_PATH, signal),
        parsers(),
      ]);
      return unwrap(parseRegionCatalogue(text), { kind: 'region-catalogue' });
    },
    enabled,
  });
  // As with the series: nothing loaded is drawn before the prerendered page is taken over.
  return {
    catalogue: hydrated ? (query.data ?? null) : null,
    error: query.error,
    refetch: query.refetch,
  };
}

interface YearFiles {
  readonly years: ReadonlyMap<number, RegionYear>;
  readonly error: Error | null;
  readonly retry: () => void;
}

/** Stable, so TanStack Query keeps the combined value while no file changes. */
function combineYears(
  results: readonly {
    data?: RegionYear | undefined;
    error: Error | null;
    refetch: () => unknown;
  }[],
): YearFiles {
  const years = new Map<number, RegionYear>();
  for (const result of results) if (result.data) years.set(result.data.year, result.data);
  return {
    years,
    error: results.find((result) => result.error)?.error ?? null,
    retry: () => {
      for (const result of results) if (result.error) void result.refetch();
    },
  };
}

/**
 * The year files of `years` (none while `years` is null), each checked against the catalogue:
 * every region, every day of the year that the data covers.
 */
export function useRegionYears(
  years: readonly number[] | null,
  catalogue: RegionCatalogue | null,
): YearFiles {
  const expected: RegionYearExpectation | null = catalogue
    ? {
        codes: catalogue.regions.map((region) => region.code),
        firstDate: catalogue.meta.firstDate,
        lastDate: catalogue.meta.lastDate,
      }
    : null;
  return useQueries({
    queries: (expected ? (years ?? []) : []).map((year) => ({
      queryKey: ['regions', 'year', year],
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const [text, { parseRegionYear }] = await Promise.all([
          load(regionYearPath(year), signal),
          parsers(),
        ]);
        return unwrap(parseRegionYear(text, year, expected as RegionYearExpectation), {
          kind: 'region-year',
          year,
        });
      },
    })),
    combine: combineYears,
  });
}
