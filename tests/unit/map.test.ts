import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readShipped } from '../../scripts/lib/shipped-files';
import { addDays } from '../../src/data/iso-date';
import { parseMapFile } from '../../src/data/map-file';
import {
  binOf,
  MAP_BINS,
  RATE_DAYS,
  summariseRates,
  weeklyRates,
  yearsForPlay,
  yearsForRates,
} from '../../src/data/map-rates';
import { MAP_SHAPES_PATH, REGION_CATALOGUE_PATH, regionYearPath } from '../../src/data/paths';
import { REGION_CODES } from '../../src/data/regions';
import {
  parseRegionCatalogue,
  parseRegionYear,
  type RegionYear,
} from '../../src/data/regions-file';
import type { PlaceCode } from '../../src/data/series';
import { d, shippedDataset } from '../fixtures/reports';

const read = readShipped;
const mapText = read(MAP_SHAPES_PATH);
const catalogue = (() => {
  const parsed = parseRegionCatalogue(read(REGION_CATALOGUE_PATH));
  if (!parsed.ok) throw new Error(parsed.problems.join(' '));
  return parsed.value;
})();
const data = { from: catalogue.meta.firstDate, to: catalogue.meta.lastDate };
const years = new Map<number, RegionYear>(
  [2020, 2021, 2022, 2023].map((year) => {
    const parsed = parseRegionYear(read(regionYearPath(year)), year, {
      codes: REGION_CODES,
      firstDate: data.from,
      lastDate: data.to,
    });
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    return [year, parsed.value];
  }),
);

describe('the map file', () => {
  it('has exactly one shape for each of the 85 regions of the data files', () => {
    const parsed = parseMapFile(mapText);
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    const codes = parsed.value.regions.map((region) => region.code);
    expect(codes).toHaveLength(85);
    expect([...codes].sort()).toEqual([...REGION_CODES].sort());
    for (const region of parsed.value.regions) {
      const [x, y] = region.centre as [number, number];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(parsed.value.meta.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(parsed.value.meta.height);
    }
  });

  it('refuses a missing or doubled region, markup in a path, and what is not the map', () => {
    const file = JSON.parse(mapText);
    const without = { ...file, regions: file.regions.slice(1) };
    expect(parseMapFile(JSON.stringify(without))).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/no shape for RU-/)],
    });
    const doubled = { ...file, regions: [...file.regions, file.regions[0]] };
    expect(parseMapFile(JSON.stringify(doubled))).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/has two shapes/)],
    });
    for (const path of ['M0,0l1,1 2,2z"/><script>alert(1)</script>', 'M0,0a1,1 0 1 0 2,2z', '']) {
      const tampered = {
        ...file,
        regions: [{ ...file.regions[0], path }, ...file.regions.slice(1)],
      };
      const result = parseMapFile(JSON.stringify(tampered));
      expect(result.ok).toBe(false);
    }
    expect(parseMapFile('<!doctype html><p>Not found</p>')).toMatchObject({
      ok: false,
      problems: ['The server sent a web page (HTML) instead of the map file.'],
    });
    expect(parseMapFile(mapText.slice(0, 500)).ok).toBe(false);
  });
});

describe('bins', () => {
  it('put a rate in the bin whose lower bound it reaches', () => {
    const bins = MAP_BINS.cases;
    expect(binOf(0, bins)).toBe(0);
    expect(binOf(9.99, bins)).toBe(0);
    expect(binOf(10, bins)).toBe(1);
    expect(binOf(2999, bins)).toBe(5);
    expect(binOf(3000, bins)).toBe(6);
    expect(binOf(1e6, bins)).toBe(bins.length);
  });

  it('never decrease as the rate grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5_000, noNaN: true }),
        fc.double({ min: 0, max: 5_000, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          for (const bins of Object.values(MAP_BINS)) {
            expect(binOf(low, bins)).toBeLessThanOrEqual(binOf(high, bins));
          }
        },
      ),
    );
  });
});

describe('weekly rates', () => {
  /** The 7-day sum from the region's own series file: an independent path to the same figure. */
  function sevenDaySum(code: PlaceCode, date: string, field: 'newCases' | 'newDeaths') {
    const dataset = shippedDataset({ source: 'official', place: code });
    let sum = 0;
    for (let i = 0; i < RATE_DAYS; i++) {
      const day = dataset.days.find((entry) => entry.date === addDays(d(date), -i));
      const value = day?.[field];
      if (value === null || value === undefined) return null;
      sum += value;
    }
    return sum;
  }

  it('equal the 7-day sum x 100,000 / population, for regions and dates across the period', () => {
    const codes: PlaceCode[] = ['RU-MOW', 'RU-SPE', 'RU-SEV', 'RU-CHU', 'RU-NEN', 'RU-ALT'].map(
      (code) => code as PlaceCode,
    );
    for (const date of ['2020-05-07', '2021-01-03', '2021-10-30', '2022-02-11', '2023-01-05']) {
      for (const metric of ['cases', 'deaths'] as const) {
        const rates = weeklyRates(catalogue.regions, years, d(date), data, metric);
        for (const code of codes) {
          const region = catalogue.regions.find((r) => r.code === code);
          const rate = rates.find((r) => r.code === code);
          const sum = sevenDaySum(code, date, metric === 'cases' ? 'newCases' : 'newDeaths');
          expect(rate?.count, `${code} ${date} ${metric}`).toBe(sum);
          if (sum === null || !region) expect(rate?.rate).toBeNull();
          else expect(rate?.rate).toBeCloseTo((sum * 100_000) / region.population, 9);
        }
      }
    }
  });

  it('are not reported, never 0, for a week with a day without a report', () => {
    // 2022-10-01 is one of the report dates with no surviving report (EXTENSION.md).
    const rates = weeklyRates(catalogue.regions, years, d('2022-10-03'), data, 'cases');
    expect(rates.every((r) => r.rate === null && r.count === null && r.bin === null)).toBe(true);
    // Before the data starts, and after it ends, nothing is known either.
    for (const date of [addDays(data.from, 2), addDays(data.to, 1)]) {
      const outside = weeklyRates(catalogue.regions, years, date, data, 'cases');
      expect(outside.every((r) => r.rate === null)).toBe(true);
    }
  });

  it('for play, need every year of the range and the one before a start in early January', () => {
    expect(yearsForPlay({ from: d('2022-01-01'), to: d('2022-03-31') }, data)).toEqual([
      2021, 2022,
    ]);
    expect(yearsForPlay({ from: d('2021-03-01'), to: d('2022-02-11') }, data)).toEqual([
      2021, 2022,
    ]);
    // Within the regional files: nothing before they start, nothing after they end.
    expect(yearsForPlay({ from: data.from, to: d('2029-01-01') }, data)).toEqual([
      2020, 2021, 2022, 2023,
    ]);
  });

  it('need the files of the date and of the day before the week', () => {
    expect(yearsForRates(d('2021-06-01'), data)).toEqual([2021]);
    expect(yearsForRates(d('2021-01-03'), data)).toEqual([2020, 2021]);
    const partial = weeklyRates(
      catalogue.regions,
      new Map([[2021, years.get(2021) as RegionYear]]),
      d('2021-01-03'),
      data,
      'cases',
    );
    expect(partial.every((r) => r.rate === null)).toBe(true);
  });

  it('are summed up: the highest, the lowest, and how many regions share the top bin', () => {
    const rates = weeklyRates(catalogue.regions, years, d('2020-05-07'), data, 'cases');
    const summary = summariseRates(rates);
    const known = rates.filter((r) => r.rate !== null);
    expect(summary.known).toBe(known.length);
    expect(summary.highest?.rate).toBe(Math.max(...known.map((r) => r.rate as number)));
    expect(summary.lowest?.rate).toBe(Math.min(...known.map((r) => r.rate as number)));
    expect(summary.highest?.code).toBe('RU-MOW');
    expect(summary.topBin?.regions).toBe(known.filter((r) => r.bin === summary.topBin?.bin).length);
  });
});
