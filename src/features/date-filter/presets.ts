/**
 * The ready-made date ranges people ask for most: all the data, the story's run, the waves of the
 * pandemic, the last 30 and 90 days of the data, and each calendar year.
 */
import { sourceArticle } from '../../data/article';
import { addDays, type IsoDate, isoDate, maxDate, minDate, yearBounds } from '../../data/iso-date';
import { m } from '../../i18n/messages';
import type { DataBounds } from '../../view-state/view-state';

export interface RangePreset {
  readonly id: string;
  readonly label: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The five days above 10,000 that end on the story's report date. */
const STORY_RUN_DAYS = 5;
const STORY_RUN = {
  from: addDays(sourceArticle.reportDate, -(STORY_RUN_DAYS - 1)),
  to: sourceArticle.reportDate,
};

/**
 * The waves of the epidemic in Russia, as the official daily new cases show them: from the rise
 * to the trough after each peak (peaks: 11,656 on 2020-05-11; 29,935 on 2020-12-24; 25,766 on
 * 2021-07-09; 203,949 on 2022-02-11). Their names are in the catalogue, by id.
 */
export const WAVES = [
  { id: 'wave-1', from: '2020-03-01', to: '2020-07-31' },
  { id: 'wave-autumn-2020', from: '2020-09-01', to: '2021-02-28' },
  { id: 'wave-delta', from: '2021-06-01', to: '2021-08-31' },
  { id: 'wave-omicron', from: '2022-01-01', to: '2022-03-31' },
] as const;

/**
 * The labels of the presets that do not depend on the data, in the page's language. Made when
 * asked for, not when this module loads: the language is set after the modules have loaded.
 */
function labels() {
  const t = m().dateFilter;
  return {
    all: t.allData,
    story: t.storyRun(STORY_RUN.from, STORY_RUN.to),
    wave: (id: (typeof WAVES)[number]['id']) => t.waves[id],
    last30: t.lastDays(30),
    last90: t.lastDays(90),
  };
}

/** The labels of the presets that do not depend on the data: shown, disabled, while it loads. */
export function presetLabelsBeforeData(): readonly string[] {
  const label = labels();
  return [
    label.all,
    label.story,
    ...WAVES.map((wave) => label.wave(wave.id)),
    label.last30,
    label.last90,
  ];
}

const MAX_YEAR_PRESETS = 10;

export function rangePresets(bounds: DataBounds): RangePreset[] {
  const clampFrom = (date: IsoDate) => maxDate(date, bounds.firstDate);
  const label = labels();
  const presets: RangePreset[] = [
    { id: 'all', label: label.all, from: bounds.firstDate, to: bounds.lastDate },
    { id: 'story', label: label.story, ...STORY_RUN },
    ...WAVES.map((wave) => ({
      id: wave.id,
      label: label.wave(wave.id),
      from: maxDate(isoDate(wave.from), bounds.firstDate),
      to: minDate(isoDate(wave.to), bounds.lastDate),
    })),
    {
      id: 'last-30',
      label: label.last30,
      from: clampFrom(addDays(bounds.lastDate, -29)),
      to: bounds.lastDate,
    },
    {
      id: 'last-90',
      label: label.last90,
      from: clampFrom(addDays(bounds.lastDate, -89)),
      to: bounds.lastDate,
    },
  ];
  const firstYear = Number(bounds.firstDate.slice(0, 4));
  const lastYear = Number(bounds.lastDate.slice(0, 4));
  // Validated data spans a few years; the cap keeps a bug elsewhere from drawing a thousand buttons.
  for (let year = Math.max(firstYear, lastYear - MAX_YEAR_PRESETS + 1); year <= lastYear; year++) {
    const { from, to } = yearBounds(year);
    presets.push({
      id: String(year),
      label: String(year),
      from: maxDate(from, bounds.firstDate),
      to: minDate(to, bounds.lastDate),
    });
  }
  return presets.filter(
    (p) => p.from <= p.to && p.from >= bounds.firstDate && p.to <= bounds.lastDate,
  );
}

/** The preset whose range is exactly this one, if any. */
export function matchingPreset(
  presets: readonly RangePreset[],
  range: { from: IsoDate; to: IsoDate },
): RangePreset | undefined {
  return presets.find((p) => p.from === range.from && p.to === range.to);
}
