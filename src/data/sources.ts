/**
 * The two sources of the figures, by name: what every view needs to say whose figures it shows.
 * Where each source's numbers come from (references, licences, notes) is in source-details.ts,
 * loaded with the panels that show it, and stored in each data file's provenance.
 */
import type { SourceId } from './series';

export interface SourceName {
  readonly id: SourceId;
  /** How the source is named in a sentence, a legend or a provenance line. */
  readonly name: string;
  readonly shortName: string;
  /** Whether Crimea and Sevastopol are counted, and from when not; the gaps. */
  readonly coverageNote: string;
}

export const SOURCES: Readonly<Record<SourceId, SourceName>> = {
  official: {
    id: 'official',
    name: 'Official daily reports',
    shortName: 'Official',
    coverageNote:
      'Includes the Republic of Crimea and Sevastopol, as the official reports do. 38 report dates after 2022-01-20 have no usable report (35 were never archived, 3 archived copies were stale or misdated) and are shown as not reported; cumulative totals are known to 2022-03-11 only, since a missing day breaks the running sum.',
  },
  jhu: {
    id: 'jhu',
    name: 'Johns Hopkins University CSSE',
    shortName: 'JHU',
    coverageNote:
      'Excludes the Republic of Crimea and Sevastopol from 2020-06-01 (JHU counts them under Ukraine), so from then on its totals are lower than the official ones. Recoveries are not included here.',
  },
};
