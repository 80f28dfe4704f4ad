import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
} from '../../src/data/iso-date';
import { d } from '../fixtures/reports';

describe('ISO dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2020-05-07')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    for (const bad of [
      '2021-02-29',
      '2020-13-01',
      '2020-00-10',
      '2020-04-31',
      '20-05-07',
      '2020-5-7',
      ' 2020-05-07',
      '2020-05-07T00:00',
      '',
      null,
      20200507,
    ]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
  });

  it('does day arithmetic across months, years and leap days', () => {
    expect(addDays(d('2020-02-28'), 1)).toBe('2020-02-29');
    expect(addDays(d('2020-12-31'), 1)).toBe('2021-01-01');
    expect(addDays(d('2020-03-29'), 1)).toBe('2020-03-30'); // a DST change in Europe
    expect(daysBetween(d('2020-01-31'), d('2022-01-20'))).toBe(720);
  });

  it('round-trips every day number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 60_000 }), (n) => {
        const date = fromDayNumber(n);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(n);
      }),
    );
  });
});
