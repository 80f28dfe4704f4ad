/** The words of the place picker and the per-capita switch (loaded with them), in English (the reference catalogue). */
import { formatCount } from '../../data/format';
import { pluralForm } from '../plural';

export const placeControls = {
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

  figures: 'Figures',
  counts: 'Counts',
  perResidents: (residents: number) => `Per ${formatCount(residents)} residents`,
  populationNote: (placeName: string, population: number | null) =>
    `Per 100,000 residents of ${placeName}: ${population === null ? 'loading the population…' : `population ${formatCount(population)} on 1 January 2020 (Rosstat).`}`,
};
