/**
 * The shipped data, read from public/ the way the app reads it (validated, then built), for the
 * story checker's evaluation and tests: each place's official series on first use, and the
 * regions' catalogue. Files are found by their logical paths (src/data/paths.ts) under the names
 * they are shipped under (shipped-files.ts).
 */
import { buildDataset, type Dataset } from '../../src/data/dataset';
import { REGION_CATALOGUE_PATH, seriesPath } from '../../src/data/paths';
import { isKnownPlace } from '../../src/data/regions';
import { parseRegionCatalogue, type Region } from '../../src/data/regions-file';
import { parseReportFile } from '../../src/data/report-file';
import type { PlaceCode } from '../../src/data/series';
import { readShipped } from './shipped-files';

/** The regions' catalogue as shipped; throws if it does not validate. */
export function shippedRegions(): readonly Region[] {
  const parsed = parseRegionCatalogue(readShipped(REGION_CATALOGUE_PATH));
  if (!parsed.ok) {
    throw new Error(`The shipped catalogue does not validate: ${parsed.problems.join(' ')}`);
  }
  return parsed.value.regions;
}

const datasets = new Map<PlaceCode, Dataset>();

/**
 * The official series of `place`, built from its shipped file on first use (undefined for a code
 * that is not a place of the data). Throws if a shipped file does not validate.
 */
export function shippedOfficialDataset(place: PlaceCode): Dataset | undefined {
  const cached = datasets.get(place);
  if (cached) return cached;
  if (!isKnownPlace(place)) return undefined;
  const key = { place, source: 'official' as const };
  const parsed = parseReportFile(readShipped(seriesPath(key)), { expected: key });
  if (!parsed.ok) throw new Error(`The shipped file of ${place} does not validate`);
  const dataset = buildDataset(parsed.reports, { provenance: parsed.meta });
  datasets.set(place, dataset);
  return dataset;
}
