/** The words of the date filter (presets, typed dates, range brush), in English (the reference catalogue). */
import { formatCount, formatDate, formatDateRangeShort } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import { pluralForm } from '../plural';

/** One end of the range. */
export type RangeEnd = 'from' | 'to';

const END: Record<RangeEnd, string> = { from: 'From', to: 'To' };

export const dateFilter = {
  heading: 'Dates shown',
  current: (from: IsoDate, to: IsoDate, reports: number) =>
    `${formatDate(from)} to ${formatDate(to)} (${formatCount(reports)} ${pluralForm('en', reports, { one: 'report', other: 'reports' })})`,
  loading: 'Loading the dates of the reports…',
  presets: 'Ready-made ranges',
  /** The labels of the date fields. */
  ends: END,
  apply: 'Apply',
  incompleteDate: (end: RangeEnd) => `${END[end]}: enter a full date.`,
  outsideData: (end: RangeEnd, first: IsoDate, last: IsoDate) =>
    `${END[end]}: the data runs from ${formatDate(first)} to ${formatDate(last)}.`,
  reversed: 'From must not be after To.',

  allData: 'All data',
  /** The five days above 10,000 that end on the story's report date. */
  storyRun: (from: IsoDate, to: IsoDate) => `The story's run (${formatDateRangeShort(from, to)})`,
  waves: {
    'wave-1': 'First wave (spring 2020)',
    'wave-autumn-2020': 'Autumn 2020',
    'wave-delta': 'Delta (summer 2021)',
    'wave-omicron': 'Omicron (Jan–Mar 2022)',
  },
  lastDays: (days: number) =>
    `Last ${formatCount(days)} ${pluralForm('en', days, { one: 'day', other: 'days' })}`,

  brushHint:
    'Drag the handles or the window to choose dates; with the keyboard, focus a handle and use the arrow keys (Shift for a week, Page Up/Down for 30 days).',
  brush: 'Date range of the whole series',
  brushStart: 'Start of the dates shown',
  brushEnd: 'End of the dates shown',
};
