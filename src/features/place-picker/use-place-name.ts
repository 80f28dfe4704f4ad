import { russiaPopulation } from '../../data/regions';
import type { Region } from '../../data/regions-file';
import { type PlaceCode, RUSSIA } from '../../data/series';
import { m } from '../../i18n/messages';
import { useRegionCatalogue } from '../../queries/use-regions';

export interface Place {
  /** "Russia", "Moscow" in the page's language; the code while the names load. */
  readonly name: string;
  readonly region: Region | null;
  /**
   * Resident population on 1 January 2020 (Rosstat); Russia's is the sum of its 85 regions,
   * Crimea and Sevastopol included as in the official reports. Null until the catalogue is loaded.
   */
  readonly population: number | null;
  /** Why the names and populations could not be loaded, with a way to try again. */
  readonly error: Error | null;
  readonly retry: () => void;
}

/** The place's name and population; the catalogue is loaded for a region, or when `needPopulation`. */
export function usePlace(place: PlaceCode, needPopulation = false): Place {
  const { catalogue, error, refetch } = useRegionCatalogue(place !== RUSSIA || needPopulation);
  const retry = () => void refetch();
  if (place === RUSSIA) {
    const population = catalogue ? russiaPopulation(catalogue.regions) : null;
    return { name: m().common.russia, region: null, population, error, retry };
  }
  const region = catalogue?.regions.find((entry) => entry.code === place) ?? null;
  return {
    name: region ? m().placePicker.regionName(region) : place,
    region,
    population: region?.population ?? null,
    error,
    retry,
  };
}
