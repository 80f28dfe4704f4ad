import { describe, expect, it } from 'vitest';
import type { PlaceCode } from '../../src/data/series';
import {
  addToComparison,
  clearFocus,
  focusDate,
  removeFromComparison,
  setRange,
  setRegion,
  setScale,
  toggleTable,
} from '../../src/view-state/view-changes';
import { DEFAULT_VIEW } from '../../src/view-state/view-state';
import { d } from '../fixtures/reports';

const place = (code: string) => code as PlaceCode;

describe('view changes', () => {
  it("sets one chart's scale and leaves the others as they were", () => {
    const cumulativeLog = setScale(DEFAULT_VIEW, 'total-cases', 'log');
    expect(cumulativeLog.logScale).toEqual(['total-cases']);
    const both = setScale(cumulativeLog, 'daily-cases', 'log');
    expect(both.logScale).toEqual(['total-cases', 'daily-cases']);
    expect(setScale(both, 'total-cases', 'linear').logScale).toEqual(['daily-cases']);
    expect(setScale(both, 'total-cases', 'log').logScale).toEqual(['daily-cases', 'total-cases']);
  });

  it('a new range keeps the focused date only when it is inside', () => {
    const focused = { ...DEFAULT_VIEW, focus: d('2020-05-07') };
    expect(setRange(focused, d('2020-05-01'), d('2020-05-31')).focus).toBe('2020-05-07');
    expect(setRange(focused, d('2021-01-01'), d('2021-12-31')).focus).toBeNull();
    expect(setRange(focused, null, null).focus).toBe('2020-05-07');
  });

  it('focusing a date outside the range shown widens it to all the data', () => {
    const ranged = { ...DEFAULT_VIEW, from: d('2021-01-01'), to: d('2021-12-31') };
    const shown = { from: d('2021-01-01'), to: d('2021-12-31') };
    expect(focusDate(ranged, d('2021-06-01'), shown)).toMatchObject({
      from: '2021-01-01',
      focus: '2021-06-01',
    });
    expect(focusDate(ranged, d('2020-05-07'), shown)).toMatchObject({
      from: null,
      to: null,
      focus: '2020-05-07',
    });
    expect(clearFocus(focusDate(ranged, d('2021-06-01'), shown)).focus).toBeNull();
  });

  it('toggles a table open and shut', () => {
    const open = toggleTable(DEFAULT_VIEW, 'daily-cases');
    expect(open.tables).toEqual(['daily-cases']);
    expect(toggleTable(open, 'daily-cases').tables).toEqual([]);
  });

  it('a region is shown from the official reports, with the same dates', () => {
    const jhu = { ...DEFAULT_VIEW, source: 'jhu' as const, from: d('2021-01-01') };
    expect(setRegion(jhu, place('RU-MOW'))).toMatchObject({
      region: 'RU-MOW',
      source: 'official',
      from: '2021-01-01',
    });
    expect(setRegion(jhu, place('RU')).source).toBe('jhu');
  });

  it('adds a place to the comparison once, at most six, and removes it', () => {
    let view = DEFAULT_VIEW;
    for (const code of ['RU-MOW', 'RU-SPE', 'RU-MOW', 'RU', 'RU-TA', 'RU-BA', 'RU-KDA', 'RU-SVE']) {
      view = addToComparison(view, place(code));
    }
    expect(view.compare).toEqual(['RU-SPE', 'RU', 'RU-TA', 'RU-BA', 'RU-KDA', 'RU-SVE']);
    expect(removeFromComparison(view, place('RU')).compare).toEqual([
      'RU-SPE',
      'RU-TA',
      'RU-BA',
      'RU-KDA',
      'RU-SVE',
    ]);
  });
});
