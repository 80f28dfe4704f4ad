/**
 * The map's shapes (data/map/regions.<hash>.json), fetched once, when the map comes near the
 * screen.
 */
import { useQuery } from '@tanstack/react-query';
import { DamagedFileError } from '../data/damaged-file';
import { DEFAULT_TIMEOUT_MS, fetchText } from '../data/load-dataset';
import { type MapFile, parseMapFile } from '../data/map-file';
import { MAP_SHAPES_PATH } from '../data/paths';
import { dataUrl } from './data-url';

/** The shapes are about 28 KB; anything far larger is not them. */
const MAX_BYTES = 1_000_000;

export function useMapShapes() {
  return useQuery<MapFile>({
    queryKey: ['map', 'shapes'],
    queryFn: async ({ signal }) => {
      const text = await fetchText(await dataUrl(MAP_SHAPES_PATH), {
        signal,
        timeoutMs: DEFAULT_TIMEOUT_MS,
        maxBytes: MAX_BYTES,
      });
      const result = parseMapFile(text);
      if (!result.ok)
        throw new DamagedFileError({ kind: 'map-shapes' }, result.problems.slice(0, 1));
      return result.value;
    },
  });
}
