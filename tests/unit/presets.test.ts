import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/features/date-filter/date-filter';
import { matchingPreset, rangePresets } from '../../src/features/date-filter/presets';
import { d } from '../fixtures/reports';

const bounds = { firstDate: d('2020-01-31'), lastDate: d('2022-01-20') };

describe('range presets', () => {
  it('offers all data, the story run, the waves, the last 30 and 90 days, and each year clipped to the data', () => {
    expect(rangePresets(bounds).map((p) => [p.id, p.from, p.to])).toEqual([
      ['all', '2020-01-31', '2022-01-20'],
      ['story', '2020-05-03', '2020-05-07'],
      ['wave-1', '2020-03-01', '2020-07-31'],
      ['wave-autumn-2020', '2020-09-01', '2021-02-28'],
      ['wave-delta', '2021-06-01', '2021-08-31'],
      ['wave-omicron', '2022-01-01', '2022-01-20'],
      ['last-30', '2021-12-22', '2022-01-20'],
      ['last-90', '2021-10-23', '2022-01-20'],
      ['2020', '2020-01-31', '2020-12-31'],
      ['2021', '2021-01-01', '2021-12-31'],
      ['2022', '2022-01-01', '2022-01-20'],
    ]);
  });

  it('makes one preset per year, at most ten, however long the data (no runaway from a bad file)', () => {
    const wide = { firstDate: d('0202-01-31'), lastDate: d('2023-02-03') };
    const years = rangePresets(wide).filter((p) => /^\d{4}$/.test(p.id));
    expect(years.map((p) => p.id)).toEqual([
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    // Waves outside the data are not offered.
    expect(
      rangePresets({ firstDate: d('2022-06-01'), lastDate: d('2023-02-03') }).map((p) => p.id),
    ).not.toContain('wave-1');
  });

  it('finds the preset a range matches', () => {
    const presets = rangePresets(bounds);
    expect(matchingPreset(presets, { from: d('2020-05-03'), to: d('2020-05-07') })?.id).toBe(
      'story',
    );
    expect(matchingPreset(presets, { from: d('2020-05-03'), to: d('2020-05-08') })).toBeUndefined();
  });
});

describe('checking a typed range', () => {
  it('accepts a range inside the data, and says what is wrong otherwise', () => {
    expect(checkDraft({ from: '2020-05-03', to: '2020-05-07' }, bounds)).toBeNull();
    expect(checkDraft({ from: '', to: '2020-05-07' }, bounds)).toBe('From: enter a full date.');
    expect(checkDraft({ from: '2019-05-03', to: '2020-05-07' }, bounds)).toBe(
      'From: the data runs from 31 Jan 2020 to 20 Jan 2022.',
    );
    expect(checkDraft({ from: '2020-05-08', to: '2020-05-07' }, bounds)).toBe(
      'From must not be after To.',
    );
  });
});
