import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatIsoDate,
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

  it('writes and reads every year from 0000 to 9999 with four digits (years 0-99 are not 19xx)', () => {
    expect(formatIsoDate(202, 1, 31)).toBe('0202-01-31');
    expect(addDays(d('0099-12-31'), 1)).toBe('0100-01-01');
    expect(addDays(d('0000-01-01'), -1 + 1)).toBe('0000-01-01');
    expect(daysBetween(d('0001-01-01'), d('9999-12-31'))).toBe(3_652_058);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const date = formatIsoDate(year, month, day);
          expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(isIsoDate(date)).toBe(true);
          expect(fromDayNumber(toDayNumber(date))).toBe(date);
          expect(addDays(addDays(date, 1), -1)).toBe(date);
        },
      ),
    );
  });
});
