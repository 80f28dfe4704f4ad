/**
 * The words of the place picker, the per-capita switch and the source switch (loaded with them),
 * in English (the reference catalogue). The sources' coverage notes are read by the footer and the
 * comparison of sources too, which load these words with theirs.
 */

import { formatCount } from '../../data/format';
import type { Region } from '../../data/regions-file';
import type { SourceId } from '../../data/series';
import { pluralForm } from '../plural';

export const placeControls = {
  /** The heading (for assistive technology) of the place, figures and source controls. */
  placeAndSource: 'Place and source',
  place: 'Place:',
  allRegions: ' (all 85 regions)',
  open: 'Choose a region',
  close: 'Close the list of regions',
  list: 'The list of regions',
  search: 'Find a region (name in English or Russian, or code)',
  allListed: (regions: number) => `${formatCount(regions)} regions in 8 federal districts`,
  found: (regions: number, search: string) =>
    `${formatCount(regions)} ${pluralForm('en', regions, { one: 'region matches', other: 'regions match' })} “${search}”`,
  wholeCountry: 'Russia as a whole',
  /** A region's name in the other language, shown beside it (the search finds both). */
  otherName: (region: Region) => ({ text: region.nameRu, lang: 'ru' }),
  districtName: (region: Region) => `${region.districtEn} federal district`,

  figures: 'Figures',
  counts: 'Counts',
  perResidents: (residents: number) => `Per ${formatCount(residents)} residents`,
  populationNote: (placeName: string, population: number | null) =>
    `Per 100,000 residents of ${placeName}: ${population === null ? 'loading the population…' : `population ${formatCount(population)} on 1 January 2020 (Rosstat).`}`,

  sourceSwitch: 'Source of the figures',
  /** Instead of the source switch when a region is shown. */
  regionalSource: 'Source: official daily reports (JHU has figures for Russia as a whole only).',
  /** What each source covers (shown by the source switch, the footer and the comparison of sources). */
  coverageNote: {
    official:
      'Includes the Republic of Crimea and Sevastopol, as the official reports do. 38 report dates after 2022-01-20 have no usable report (35 were never archived, 3 archived copies were stale or misdated) and are shown as not reported; cumulative totals are known to 2022-03-11 only, since a missing day breaks the running sum.',
    jhu: 'Excludes the Republic of Crimea and Sevastopol from 2020-06-01 (JHU counts them under Ukraine), so from then on its totals are lower than the official ones. Recoveries are not included here.',
  } satisfies Record<SourceId, string>,
};
