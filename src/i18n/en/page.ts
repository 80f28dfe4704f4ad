/** The words of the page's header and footer, and of the source switch, in English (the reference catalogue). */

import type { SourceId } from '../../data/series';

/** Each source by name, and what it covers (shown by the header, footer, switch and cards). */
const SOURCES = {
  official: {
    name: 'Official daily reports',
    shortName: 'Official',
    coverageNote:
      'Includes the Republic of Crimea and Sevastopol, as the official reports do. 38 report dates after 2022-01-20 have no usable report (35 were never archived, 3 archived copies were stale or misdated) and are shown as not reported; cumulative totals are known to 2022-03-11 only, since a missing day breaks the running sum.',
  },
  jhu: {
    name: 'Johns Hopkins University CSSE',
    shortName: 'JHU',
    coverageNote:
      'Excludes the Republic of Crimea and Sevastopol from 2020-06-01 (JHU counts them under Ukraine), so from then on its totals are lower than the official ones. Recoveries are not included here.',
  },
} satisfies Record<SourceId, { name: string; shortName: string; coverageNote: string }>;

export const page = {
  sources: SOURCES,

  /** The browser tab's title: "Moscow · COVID-19 in Russia · 3–7 May 2020, report of 7 May 2020". */
  tabTitle: {
    site: 'Russia COVID-19',
    siteOfPlace: (place: string) => `${place} · COVID-19 in Russia`,
    beforeData: 'official daily reports',
    allReports: 'all reports',
    reportOf: (date: string) => `, report of ${date}`,
    per100k: 'per 100,000',
  },
  title: 'Russia COVID-19 dashboard',
  latestReport: 'Latest report:',
  latestNotAvailable: 'not available',

  sourceSwitch: 'Source of the figures',
};
