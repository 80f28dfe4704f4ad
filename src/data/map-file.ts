/**
 * The map's shapes: each region as a ready SVG path, projected and simplified by the data script
 * (scripts/build-map.ts) from Natural Earth's admin-1 shapes, so the browser only draws them.
 * Validated where it enters (parseMapFile): every one of the 85 regions exactly once, and paths
 * made only of path commands and numbers, so a tampered file cannot put markup into the page.
 */
import { type JsonFileResult, readJsonFile } from './json-file';
import * as shape from './json-shape';
import { REGION_CODES } from './regions';
import { isPlaceCode, type PlaceCode } from './series';

export const MAP_FORMAT = 'russia-covid19-map';
export const MAP_FILE_VERSION = 1;

/**
 * Rings of whole-pixel points, as the data script writes them: an absolute move, relative lines,
 * a close. Nothing else can be in a path, so a tampered file cannot put markup into the page.
 */
const SVG_PATH = /^(?:M-?\d+,-?\d+l-?\d+,-?\d+(?: -?\d+,-?\d+)*z)+$/;
const MAX_PATH_LENGTH = 50_000;

const regionShape = shape.object({
  code: shape.refine(
    shape.string,
    (value): value is PlaceCode => isPlaceCode(value) && value !== 'RU',
    'Expected a region code such as RU-MOW',
  ),
  path: shape.refine(
    shape.string,
    (value): value is string => value.length <= MAX_PATH_LENGTH && SVG_PATH.test(value),
    'Expected an SVG path of rings (M, l, z) in whole pixels',
  ),
  /** Where a label or a callout points: the centre of the region's largest part. */
  centre: shape.refine(
    shape.arrayOf(shape.number),
    (value): value is number[] => value.length === 2 && value.every(Number.isFinite),
    'Expected a point [x, y]',
  ),
});
export type MapRegion = shape.Infer<typeof regionShape>;

const mapShape = shape.object({
  format: shape.literal(MAP_FORMAT),
  version: shape.literal(MAP_FILE_VERSION),
  meta: shape.object({
    generatedAt: shape.string,
    /** Where the shapes come from, and under which licence: shown under the map. */
    source: shape.string,
    licence: shape.string,
    projection: shape.string,
    width: shape.refine(shape.number, (v): v is number => v > 0 && v <= 4000, 'Expected a width'),
    height: shape.refine(shape.number, (v): v is number => v > 0 && v <= 4000, 'Expected a height'),
  }),
  regions: shape.arrayOf(regionShape),
});
export type MapFile = shape.Infer<typeof mapShape>;

export type MapFileResult = JsonFileResult<MapFile>;

export function parseMapFile(text: string): MapFileResult {
  const result = readJsonFile(text, mapShape, 'the map file');
  if (!result.ok) return result;
  const codes = result.value.regions.map((region) => region.code);
  const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
  if (duplicate) return { ok: false, problems: [`Region ${duplicate} has two shapes.`] };
  const missing = REGION_CODES.filter((code) => !codes.includes(code));
  if (missing.length > 0) {
    return { ok: false, problems: [`The map has no shape for ${missing.join(', ')}.`] };
  }
  return { ok: true, value: result.value };
}
