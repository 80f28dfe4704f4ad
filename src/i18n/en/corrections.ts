/** The words of the list of corrections and gaps, in English (the reference catalogue). */
import { formatCount } from '../../data/format';

export const corrections = {
  /**
   * The sentence above the list: whose figures (`source`, `place`), how many report dates have no
   * report and how many days have figures that do not add up.
   */
  summary: (source: string, place: string, missingDays: number, flaggedDays: number): string =>
    `${source}, ${place}: ${
      missingDays === 0 && flaggedDays === 0
        ? 'every report date has its figures, and they add up.'
        : `${formatCount(missingDays)} report ${missingDays === 1 ? 'date has' : 'dates have'} no report, and ${formatCount(flaggedDays)} ${flaggedDays === 1 ? 'day has figures' : 'days have figures'} that do not add up. None of them is corrected or filled in: each is shown as the source has it.`
    }`,
  /** A run of `days` report dates without a report. */
  eachDay: 'Each of these days',
  missingReports: (days: number) =>
    `No report (${formatCount(days)} ${days === 1 ? 'day' : 'days'}): nothing is known for ${days === 1 ? 'this date' : 'these dates'}.`,
};
