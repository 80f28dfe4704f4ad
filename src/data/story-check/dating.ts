/**
 * Which official report a story's figures come from.
 *
 * 1. A report date the user chose (the override) is used as it is.
 * 2. Given the publication date, the story is that morning's report or, published the next day,
 *    the report of the day before (the source story, dated 2020-05-08, states the figures of the
 *    report of 2020-05-07): the one of the two against which more figures hold; that morning's on
 *    a tie.
 * 3. Otherwise every report is tried and the one against which most figures hold is used. Of
 *    reports that fit equally, one next to a date written in the text (a dateline "May 8", the day
 *    before it) is preferred, else the earliest; the result says how many others fit as well, so
 *    the interface can offer them.
 *
 * Only figures that could place a report take part (a count of a known metric, in a place whose
 * series is loaded, not dated by their own clause), and at most MAX_FIGURES_FOR_DATING of them.
 */
import { addDays, daysBetween, type IsoDate, isIsoDate, maxDate, minDate } from '../iso-date';
import { type DatasetFor, judgeFigure } from './judge';
import { MAX_FIGURES_FOR_DATING } from './limits';
import {
  type DateFit,
  type DateMention,
  type ReportDating,
  type StoryFigure,
  VERDICT_OF,
} from './types';

export interface DatingOptions {
  readonly publicationDate?: IsoDate | undefined;
  readonly reportDate?: IsoDate | undefined;
  readonly datasetFor: DatasetFor;
}

export function chooseReportDate(
  figures: readonly StoryFigure[],
  dates: readonly DateMention[],
  options: DatingOptions,
): ReportDating {
  if (options.reportDate !== undefined)
    return { basis: 'override', reportDate: options.reportDate };
  const scored = datingFigures(figures, options.datasetFor);
  const fitsOn = (reportDate: IsoDate): DateFit => ({
    reportDate,
    fits: scored.filter(
      (figure) =>
        VERDICT_OF[judgeFigure(figure, reportDate, options.datasetFor).reason.kind] === 'verified',
    ).length,
  });

  const { publicationDate } = options;
  if (publicationDate !== undefined) {
    const sameMorning = fitsOn(publicationDate);
    const dayBefore = fitsOn(dayEarlier(publicationDate));
    const [chosen, alternative] =
      dayBefore.fits > sameMorning.fits ? [dayBefore, sameMorning] : [sameMorning, dayBefore];
    return {
      basis: 'publication-date',
      publicationDate,
      ...chosen,
      alternative,
      checkable: scored.length,
    };
  }

  if (scored.length === 0) return { basis: 'none', why: 'no-checkable-figures' };
  const span = reportSpan(scored, options.datasetFor);
  if (!span) return { basis: 'none', why: 'no-checkable-figures' };
  let best: DateFit[] = [];
  for (let day = 0; day <= daysBetween(span.from, span.to); day++) {
    const fit = fitsOn(addDays(span.from, day));
    if (fit.fits === 0) continue;
    if (best.length === 0 || fit.fits > (best[0] as DateFit).fits) best = [fit];
    else if (fit.fits === (best[0] as DateFit).fits) best.push(fit);
  }
  const first = best[0];
  if (!first) return { basis: 'none', why: 'no-report-fits' };
  const nearText = preferredByText(best, dates);
  const chosen = nearText?.fit ?? first;
  return {
    basis: 'best-fit',
    reportDate: chosen.reportDate,
    fits: chosen.fits,
    checkable: scored.length,
    tiedWith: best.length - 1,
    dateInText: nearText?.mention ?? null,
  };
}

/** The figures that can tell one report from another. */
function datingFigures(figures: readonly StoryFigure[], datasetFor: DatasetFor): StoryFigure[] {
  return figures
    .filter(
      (figure) =>
        figure.form === 'count' &&
        figure.subject.kind === 'count' &&
        figure.place.kind === 'place' &&
        figure.dateInClause === null &&
        datasetFor(figure.place.code) !== undefined,
    )
    .slice(0, MAX_FIGURES_FOR_DATING);
}

/** The dates covered by the datasets of the figures' places. */
function reportSpan(
  figures: readonly StoryFigure[],
  datasetFor: DatasetFor,
): { from: IsoDate; to: IsoDate } | null {
  let span: { from: IsoDate; to: IsoDate } | null = null;
  for (const figure of figures) {
    if (figure.place.kind !== 'place') continue;
    const dataset = datasetFor(figure.place.code);
    if (!dataset) continue;
    span = span
      ? { from: minDate(span.from, dataset.firstDate), to: maxDate(span.to, dataset.lastDate) }
      : { from: dataset.firstDate, to: dataset.lastDate };
  }
  return span;
}

/**
 * Of reports that fit equally, the first that is a date written in the text, else the first that
 * is the day before one (a year left out is read as any year the reports cover): as with a
 * publication date, that day's report before the day before's.
 */
function preferredByText(
  tied: readonly DateFit[],
  dates: readonly DateMention[],
): { fit: DateFit; mention: DateMention } | null {
  for (const daysAfterReport of [0, 1]) {
    for (const mention of dates) {
      const fit = tied.find((candidate) =>
        names(
          mention,
          daysAfterReport === 0 ? candidate.reportDate : dayLater(candidate.reportDate),
        ),
      );
      if (fit) return { fit, mention };
    }
  }
  return null;
}

/** True when `mention` writes `date` (any year, if it writes none). */
function names(mention: DateMention, date: IsoDate): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return month === mention.month && day === mention.day && (mention.year ?? year) === year;
}

/** The day before, within the calendar (an IsoDate always has one but for 0000-01-01). */
function dayEarlier(date: IsoDate): IsoDate {
  return date === '0000-01-01' ? date : addDays(date, -1);
}

function dayLater(date: IsoDate): IsoDate {
  return date === '9999-12-31' ? date : addDays(date, 1);
}

/**
 * The report date a date written in a figure's clause names: its year, or the year of the report
 * the story is dated to (the year before, if the day would otherwise fall after it).
 */
export function reportDateOfMention(
  mention: DateMention,
  storyDate: IsoDate | null,
): IsoDate | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const inYear = (year: number) =>
    `${String(year).padStart(4, '0')}-${pad(mention.month)}-${pad(mention.day)}`;
  if (mention.year !== null) {
    const text = inYear(mention.year);
    return isIsoDate(text) ? text : null;
  }
  if (storyDate === null) return null;
  const year = Number(storyDate.slice(0, 4));
  // The latest such day up to the story: this year's, else last year's (a 29 February, the last
  // leap year's within four).
  for (let back = 0; back <= 4; back++) {
    const candidate = inYear(year - back);
    if (isIsoDate(candidate) && candidate <= storyDate) return candidate;
  }
  return null;
}
