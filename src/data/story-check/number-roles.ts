/**
 * What a number of the text is. Only counts, percentages and rates are figures; the numbers of
 * dates, years, times of day, lengths of time, ordinals ("75th", "5-й"), names ("COVID-19",
 * "SARS-CoV-2") and the base of a rate ("per 100,000") are not.
 */
import type { NumberToken } from './number-reader';
import { overlapsAny } from './spans';
import type { FigureForm, TextSpan } from './types';
import { DURATION_UNITS, PER_CAPITA_AFTER, PERCENT_AFTER } from './vocabulary';

export type NotAFigure =
  | 'date'
  | 'year'
  | 'time'
  | 'duration'
  | 'ordinal'
  | 'name'
  | 'rate-base'
  | 'run-length';

export type NumberRole =
  | { readonly kind: 'figure'; readonly form: FigureForm }
  | { readonly kind: 'not-a-figure'; readonly why: NotAFigure };

export interface RoleContext {
  readonly folded: string;
  /** Dates written in the text, in order. */
  readonly dates: readonly TextSpan[];
  /** The numbers of run phrases ("5 consecutive days"), in order. */
  readonly runLengths: readonly TextSpan[];
}

const notA = (why: NotAFigure): NumberRole => ({ kind: 'not-a-figure', why });

export function roleOf(token: NumberToken, context: RoleContext): NumberRole {
  const { folded } = context;
  if (overlapsAny(context.dates, token)) return notA('date');
  if (overlapsAny(context.runLengths, token)) return notA('run-length');
  const before = folded.slice(Math.max(0, token.start - 12), token.start);
  const after = folded.slice(token.numeral.end, token.numeral.end + 40);
  if (token.written === 'digits') {
    // COVID-19, SARS-CoV-2, B.1.617.2, H1N1: digits that are part of a name.
    if (/\p{L}[-./]?$/u.test(before)) return notA('name');
    if (token.scale === 1) {
      if (/^-?\p{L}/u.test(after))
        return notA(/^-?\p{L}{1,3}(?![\p{L}])/u.test(after) ? 'ordinal' : 'name');
      if (/^:\d/.test(after) || /\d:$/.test(before)) return notA('time');
    }
  }
  if (
    /(?:^|[^\p{L}])(?:per|на)\s*$/u.test(before) &&
    (token.value === 100_000 || token.value === 1_000_000)
  ) {
    return notA('rate-base');
  }
  const afterToken = folded.slice(token.end, token.end + 40);
  if (PERCENT_AFTER.test(afterToken)) return { kind: 'figure', form: 'percentage' };
  if (PER_CAPITA_AFTER.test(afterToken)) return { kind: 'figure', form: 'per-capita' };
  if (token.scale === 1 && DURATION_UNITS.test(afterToken)) return notA('duration');
  if (isYear(token, folded)) return notA('year');
  return { kind: 'figure', form: 'count' };
}

/**
 * A four-digit number from 1900 to 2100 written without separators is a year: "in 2020", "2021
 * год". A count of that size is written "2,020" or "2 020" in reports.
 */
function isYear(token: NumberToken, folded: string): boolean {
  if (token.written !== 'digits' || token.grouped || token.scale !== 1) return false;
  const digits = folded.slice(token.numeral.start, token.numeral.end);
  return /^\d{4}$/.test(digits) && token.value >= 1900 && token.value <= 2100;
}
