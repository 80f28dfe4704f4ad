import type { Region } from '../../data/regions-file';
import { type PlaceCode, RUSSIA } from '../../data/series';
import { useRegionCatalogue } from '../../queries/use-regions';

/** The place's name ("Russia", "Moscow"), and its region entry; the code while names load. */
export function usePlace(place: PlaceCode): { name: string; region: Region | null } {
  const { catalogue } = useRegionCatalogue(place !== RUSSIA);
  if (place === RUSSIA) return { name: 'Russia', region: null };
  const region = catalogue?.regions.find((entry) => entry.code === place) ?? null;
  return { name: region?.nameEn ?? place, region };
}
