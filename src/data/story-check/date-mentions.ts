/**
 * Dates written in a text: "May 7", "May 7, 2020", "7 May 2020", "7th of May", "7 мая",
 * "7 мая 2020 года", "2020-05-07", "07.05.2020". Their numbers are not figures to check; a date
 * near the top of the text (a dateline) or in a figure's clause helps to find the report.
 */
import { firstStartingFrom } from './spans';
import type { DateMention, TextSpan } from './types';

const EN_MONTHS: readonly [string, number][] = [
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sept', 9],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
];
/** Russian months in the genitive, as a day of the month takes them ("7 мая"). */
const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

const EN_MONTH = `(${EN_MONTHS.map(([name]) => name).join('|')})\\.?`;
const RU_MONTH = `(${RU_MONTHS.join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

type Read = (groups: readonly (string | undefined)[]) => {
  month: number;
  day: number;
  year: number | null;
} | null;

const enMonth = (name: string | undefined) => EN_MONTHS.find(([month]) => month === name)?.[1] ?? 0;
const year = (text: string | undefined) => (text === undefined ? null : Number(text));

const PATTERNS: readonly [RegExp, Read][] = [
  // 2020-05-07
  [
    /(?<![\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu,
    ([, y, m, d]) => ({ year: Number(y), month: Number(m), day: Number(d) }),
  ],
  // 07.05.2020, 7/5/2020 (day first, as both Russian and British write it)
  [
    /(?<![\p{N}.,])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\p{N}])/gu,
    ([, d, m, y]) => ({ year: Number(y), month: Number(m), day: Number(d) }),
  ],
  // May 7, May 7th, May 7, 2020
  [
    new RegExp(`${EDGE_BEFORE}${EN_MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${EDGE_AFTER}`, 'gu'),
    ([, m, d, y]) => ({ month: enMonth(m), day: Number(d), year: year(y) }),
  ],
  // 7 May, 7th of May 2020
  [
    new RegExp(
      `${EDGE_BEFORE}${DAY}\\s+(?:of\\s+)?${EN_MONTH}(?:,?\\s+${YEAR})?${EDGE_AFTER}`,
      'gu',
    ),
    ([, d, m, y]) => ({ month: enMonth(m), day: Number(d), year: year(y) }),
  ],
  // 7 мая, 7-го мая, 7 мая 2020 года, 7 мая 2020 г.
  [
    new RegExp(
      `${EDGE_BEFORE}(\\d{1,2})(?:-?го)?\\s+${RU_MONTH}(?:\\s+${YEAR}(?:\\s*(?:года|году|г\\.?))?)?${EDGE_AFTER}`,
      'gu',
    ),
    ([, d, m, y]) => ({ month: RU_MONTHS.indexOf(m ?? '') + 1, day: Number(d), year: year(y) }),
  ],
];

/** Every date of `folded` (see fold-text.ts), in text order, without overlaps. */
export function findDateMentions(folded: string): DateMention[] {
  const candidates: DateMention[] = [];
  for (const [pattern, read] of PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const date = read([...match]);
      if (!date || !isCalendarDay(date.month, date.day)) continue;
      const start = match.index;
      candidates.push({
        span: { start, end: trimEnd(folded, start, start + match[0].length) },
        ...date,
      });
    }
  }
  // Where two readings overlap, the one that starts first wins, then the longer one.
  candidates.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const found: DateMention[] = [];
  for (const candidate of candidates) {
    const last = found[found.length - 1];
    if (!last || candidate.span.start >= last.span.end) found.push(candidate);
  }
  return found;
}

function isCalendarDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A match ends at its last letter or digit ("г." keeps its stop, a comma is not kept). */
function trimEnd(folded: string, start: number, end: number): number {
  let last = end;
  while (last > start && /[\s,]/.test(folded[last - 1] as string)) last--;
  return last;
}

/** Words before a date that make it the start or end of a period, not the day of a report. */
const PERIOD_BOUND_BEFORE = /(?:^|[^\p{L}])(?:since|from|until|till|by|through|с|со|от|до|по)\s+$/u;

/**
 * The first date written within `span` (a figure's clause) that is not the bound of a period
 * ("since March 1"): the day of the report the figure states.
 */
export function dateInSpan(
  folded: string,
  span: TextSpan,
  dates: readonly DateMention[],
  dateSpans: readonly TextSpan[],
): DateMention | null {
  for (let i = firstStartingFrom(dateSpans, span.start); i < dates.length; i++) {
    const date = dates[i] as DateMention;
    if (date.span.start >= span.end) break;
    const before = folded.slice(Math.max(span.start, date.span.start - 10), date.span.start);
    if (!PERIOD_BOUND_BEFORE.test(before)) return date;
  }
  return null;
}
