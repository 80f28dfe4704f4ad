import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readShipped } from '../../scripts/lib/shipped-files';
import { comparePlaces } from '../../src/data/compare-places';
import { buildDataset } from '../../src/data/dataset';
import { addDays } from '../../src/data/iso-date';
import { REGION_CATALOGUE_PATH, regionYearPath } from '../../src/data/paths';
import { per100k, perCapitaDataset } from '../../src/data/per-capita';
import { sliceRange } from '../../src/data/range';
import { RANKING_COLUMNS, rankRegions, sortRanking } from '../../src/data/ranking';
import { REGION_CODES } from '../../src/data/regions';
import {
  parseRegionCatalogue,
  parseRegionYear,
  type RegionYear,
} from '../../src/data/regions-file';
import { parseReportFile } from '../../src/data/report-file';
import type { PlaceCode } from '../../src/data/series';
import { d, shippedFileText } from '../fixtures/reports';

const read = readShipped;
const catalogue = (() => {
  const parsed = parseRegionCatalogue(read(REGION_CATALOGUE_PATH));
  if (!parsed.ok) throw new Error(parsed.problems.join(' '));
  return parsed.value;
})();
const years = new Map<number, RegionYear>(
  [2020, 2021, 2022, 2023].map((year) => {
    const parsed = parseRegionYear(read(regionYearPath(year)), year, {
      codes: REGION_CODES,
      firstDate: d('2020-01-31'),
      lastDate: d('2023-02-03'),
    });
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    return [year, parsed.value];
  }),
);
const data = { from: d('2020-01-31'), to: d('2023-02-03') };
const regionDataset = (code: PlaceCode) => {
  const key = { place: code, source: 'official' as const };
  const parsed = parseReportFile(shippedFileText(key), { expected: key });
  if (!parsed.ok) throw new Error(`${code} does not validate`);
  return buildDataset(parsed.reports);
};

describe('the regions shipped', () => {
  it('are the 85 regions of the official reports, each with a name in both languages and a population', () => {
    expect(catalogue.regions).toHaveLength(85);
    expect(catalogue.regions.map((r) => r.code)).toEqual(REGION_CODES);
    const moscow = catalogue.regions.find((r) => r.code === 'RU-MOW');
    expect(moscow).toMatchObject({
      nameEn: 'Moscow',
      nameRu: 'Москва',
      districtEn: 'Central',
      population: 12_692_466,
    });
    // Rosstat's total for the Russian Federation on 1 January 2020 (EXTENSION.md)
    expect(catalogue.regions.reduce((sum, r) => sum + r.population, 0)).toBe(146_745_098);
  });

  it('says how the national series relates to the sum of the regions', () => {
    expect(catalogue.meta.nationalVsRegions).toEqual({
      daysCompared: 1_062,
      daysEqual: 1_060,
      largestDifference: { date: '2020-03-31', cases: 1 },
    });
  });

  it("every region's totals equal the running sums of its daily figures where the data is complete", () => {
    for (const code of REGION_CODES) {
      const days = regionDataset(code).days;
      for (let i = 1; i < days.length; i++) {
        const today = days[i];
        const yesterday = days[i - 1];
        if (!today || !yesterday) continue;
        if (today.totalCases === null || yesterday.totalCases === null || today.newCases === null)
          continue;
        if (today.flags.length > 0) continue; // a flagged day is the exception, and says so
        expect(today.totalCases - yesterday.totalCases, `${code} ${today.date}`).toBe(
          today.newCases,
        );
      }
    }
  });

  it('flags the days a regional total went down, and keeps the negative figure', () => {
    const adygea = regionDataset('RU-AD' as PlaceCode).days.find(
      (day) => day.date === '2021-05-21',
    );
    expect(adygea?.newDeaths).toBe(-11);
    // Said once: the total went down (the negative daily figure is that revision).
    expect(adygea?.flags.map((f) => f.kind)).toEqual(['total-decreased']);
  });
});

describe('the year files are checked against the catalogue', () => {
  const expected = { codes: REGION_CODES, firstDate: d('2020-01-31'), lastDate: d('2023-02-03') };
  const file = () =>
    JSON.parse(read(regionYearPath(2021))) as Record<string, unknown> & {
      regions: Record<string, unknown>;
    };

  it('refuses a file that lost a region, or was cut short, rather than count them as 0', () => {
    const lost = file();
    delete lost.regions['RU-MOW'];
    const refused = parseRegionYear(JSON.stringify(lost), 2021, expected);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems[0]).toBe(
      'The regions file of 2021 has no figures for 1 region (RU-MOW).',
    );
    const cut = { ...file(), lastDate: '2021-06-30' };
    const short = parseRegionYear(JSON.stringify(cut), 2021, expected);
    expect(!short.ok && short.problems[0]).toBe(
      'The regions file of 2021 covers 2021-01-01 to 2021-06-30, not 2021-01-01 to 2021-12-31.',
    );
    expect(parseRegionYear(read(regionYearPath(2021)), 2021, expected).ok).toBe(true);
  });
});

describe('rankRegions', () => {
  const rows = rankRegions(
    catalogue.regions,
    years,
    { from: d('2020-05-03'), to: d('2020-05-07') },
    data,
  );

  it("gives each region's cases in the range, equal to the sum of its daily figures", () => {
    if (!rows) throw new Error('no rows');
    const moscow = rows.find((r) => r.region.code === 'RU-MOW');
    const days = sliceRange(regionDataset('RU-MOW' as PlaceCode), {
      from: d('2020-05-03'),
      to: d('2020-05-07'),
    });
    expect(moscow?.cases).toBe(days.reduce((sum, day) => sum + (day.newCases ?? 0), 0));
    expect(moscow?.cases).toBe(5_948 + 5_795 + 5_714 + 5_858 + 6_703); // russia-regions-daily.csv
  });

  it('per 100,000 is count x 100000 / population, for every region', () => {
    for (const row of rows ?? []) {
      expect(row.casesPer100k).toBeCloseTo((row.cases * 100_000) / row.region.population, 9);
      expect(row.deathsPer100k).toBe(per100k(row.deaths, row.region.population));
    }
  });

  it('the regions add up to the national cases of the whole period (two days differ by one case each, and cancel)', () => {
    const whole = rankRegions(catalogue.regions, years, data, data) ?? [];
    const national = parseReportFile(shippedFileText());
    if (!national.ok) throw new Error('national file');
    const nationalCases = national.reports.reduce((sum, r) => sum + (r.newCases ?? 0), 0);
    const regional = whole.reduce((sum, row) => sum + row.cases, 0);
    expect(nationalCases - regional).toBe(0);
  });

  it('says "not known" for a range of which no day has a report, never 0', () => {
    const gap =
      rankRegions(catalogue.regions, years, { from: d('2022-10-01'), to: d('2022-10-16') }, data) ??
      [];
    expect(gap).toHaveLength(85);
    expect(gap.every((row) => !row.known && row.trend === null)).toBe(true);
    const beyond = rankRegions(
      catalogue.regions,
      years,
      { from: d('2023-02-08'), to: d('2023-03-09') },
      data,
    );
    expect(beyond).toEqual([]);
    const sorted = sortRanking(gap, 'cases', true);
    expect(
      sorted[0]?.region.nameEn.localeCompare(sorted[1]?.region.nameEn ?? '', 'en'),
    ).toBeLessThan(0);
  });

  it('needs the year files of its ends: without them it says so (null), never a wrong sum', () => {
    const only2020 = new Map([[2020, years.get(2020) as RegionYear]]);
    expect(
      rankRegions(
        catalogue.regions,
        only2020,
        { from: d('2021-03-01'), to: d('2021-03-31') },
        data,
      ),
    ).toBeNull();
  });

  it('sorts by any column, and the order equals a sort of its rows', () => {
    const range = fc.record({
      start: fc.integer({ min: 0, max: 1_000 }),
      length: fc.integer({ min: 0, max: 99 }),
    });
    fc.assert(
      fc.property(
        range,
        fc.constantFrom(...RANKING_COLUMNS),
        fc.boolean(),
        ({ start, length }, column, descending) => {
          const from = addDays(data.from, start);
          const ranked =
            rankRegions(catalogue.regions, years, { from, to: addDays(from, length) }, data) ?? [];
          const sorted = sortRanking(ranked, column, descending);
          expect(sorted).toHaveLength(85);
          for (let i = 1; i < sorted.length; i++) {
            const a = sorted[i - 1];
            const b = sorted[i];
            if (!a || !b) continue;
            if (column === 'name') {
              expect(
                a.region.nameEn.localeCompare(b.region.nameEn, 'en') * (descending ? -1 : 1),
              ).toBeLessThanOrEqual(0);
            } else {
              const x = a.known || column === 'trend' ? a[column] : null;
              const y = b.known || column === 'trend' ? b[column] : null;
              if (x === null) expect(y).toBeNull();
              else if (y !== null) expect((x - y) * (descending ? -1 : 1)).toBeLessThanOrEqual(0);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('comparePlaces', () => {
  it("gives each place's 7-day average of new cases per 100,000, day by day", () => {
    const moscow = regionDataset('RU-MOW' as PlaceCode);
    const population = catalogue.regions.find((r) => r.code === 'RU-MOW')?.population ?? 0;
    const range = { from: d('2020-05-01'), to: d('2020-05-10') };
    const { days, summaries } = comparePlaces([{ dataset: moscow, population }], range);
    expect(days).toHaveLength(10);
    const may7 = moscow.days.find((day) => day.date === '2020-05-07');
    expect(days[6]?.values[0]).toBeCloseTo(((may7?.newCasesAvg7 ?? 0) * 100_000) / population, 9);
    expect(summaries[0]?.latest?.date).toBe('2020-05-10');
    expect(Math.max(...days.map((day) => day.values[0] ?? 0))).toBe(summaries[0]?.peak?.value);
  });
});

describe('perCapitaDataset', () => {
  it('is count x 100000 / population for every figure of every day, and keeps the flags', () => {
    const adygea = regionDataset('RU-AD' as PlaceCode);
    const population = catalogue.regions.find((r) => r.code === 'RU-AD')?.population ?? 0;
    const rates = perCapitaDataset(adygea, population);
    expect(rates.measure).toBe('per100k');
    expect(rates.days).toHaveLength(adygea.days.length);
    adygea.days.forEach((day, i) => {
      const rate = rates.days[i];
      for (const field of [
        'newCases',
        'totalCases',
        'newDeaths',
        'totalDeaths',
        'newCasesAvg7',
      ] as const) {
        const count = day[field];
        if (count === null) expect(rate?.[field]).toBeNull();
        else expect(rate?.[field]).toBeCloseTo((count * 100_000) / population, 9);
      }
      expect(rate?.flags).toBe(day.flags);
    });
    expect(() => perCapitaDataset(adygea, 0)).toThrow(RangeError);
  });
});
