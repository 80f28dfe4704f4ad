/**
 * Calendar dates as ISO strings (YYYY-MM-DD), with day arithmetic done on day numbers.
 *
 * A report date is a calendar day, not an instant: converting it through local time would shift it
 * by a day in some time zones. Nothing here goes through `Date` at all. The conversions are integer
 * arithmetic on the proleptic Gregorian calendar (H. Hinnant's days_from_civil), exact for every
 * year from 0000 to 9999: `Date.UTC` reads years 0-99 as 1900-1999, and an unpadded year
 * ("202-01-01") is not an ISO date, two defects an attack with hostile data files found.
 */

declare const isoDateBrand: unique symbol;
/** A valid calendar date in ISO 8601 form, e.g. `2020-05-07`. */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The day numbers of 0000-01-01 and 9999-12-31: outside them there is no 4-digit ISO date. */
const FIRST_DAY_NUMBER = -719_528;
const LAST_DAY_NUMBER = 2_932_896;

/** True when `value` is a real calendar date written as YYYY-MM-DD (2021-02-29 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE_PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Days since 1970-01-01. Assumes a valid IsoDate. */
export function toDayNumber(date: IsoDate): number {
  return daysFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
}

/** Days since 1970-01-01 of a proleptic Gregorian date (months 1-12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The ISO date of a day number from `toDayNumber`. Throws outside years 0000-9999, where no
 * YYYY-MM-DD date exists: callers bound their arithmetic (see `addDays`).
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber) || dayNumber < FIRST_DAY_NUMBER || dayNumber > LAST_DAY_NUMBER) {
    throw new RangeError(`Day number ${dayNumber} is outside the years 0000-9999`);
  }
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate(year, month, day);
}

/** Writes a date as YYYY-MM-DD, the year zero-padded to four digits. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isoDate(text);
}

/** The first and last day of a calendar year (0-9999). */
export function yearBounds(year: number): { from: IsoDate; to: IsoDate } {
  return { from: formatIsoDate(year, 1, 1), to: formatIsoDate(year, 12, 31) };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The earlier / later of two dates (ISO dates order as strings). */
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
export const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/** Validates and brands a string; throws for programmer errors such as a bad literal. */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(value)}`);
  return value;
}
