/**
 * Where the shipped figures come from. The data script writes these into the data file's
 * provenance; the page shows the file's own copy, or these while the file is not loaded.
 */
import type { ReportSource } from './report-file';

export const DATA_SOURCES: readonly ReportSource[] = [
  {
    name: 'maximzasorin/covid-19 (official press releases per region: Rospotrebnadzor, stopcoronavirus.rf, TASS)',
    url: 'https://github.com/maximzasorin/covid-19',
    licence: 'MIT (Copyright (c) 2020-2021 Maxim Zasorin)',
    covers: '2020-01-31..2020-03-23',
  },
  {
    name: 'k0ka/covid19-russia-data (daily totals from stopcoronavirus.rf, the government coronavirus response centre)',
    url: 'https://github.com/k0ka/covid19-russia-data',
    licence: 'GNU GPL v3; the figures themselves are official government statistics',
    covers: '2020-03-24..2022-01-20',
  },
  {
    name: 'JHU CSSE COVID-19 time series (two days rebuilt from snapshots in k0ka: 2020-04-02, 2020-04-05)',
    url: 'https://github.com/CSSEGISandData/COVID-19',
    licence: 'CC BY 4.0, Johns Hopkins University Center for Systems Science and Engineering',
    covers: '2020-04-02, 2020-04-05',
  },
];

export const DATA_NOTES: readonly string[] = [
  'An empty value (null) means the source has no figure for that day; it is never zero.',
  'Recoveries are not known before 2020-03-24; daily recoveries start on 2020-03-25.',
  'No daily reports were published in February and early March 2020: those days have 0 new cases and the totals carry forward.',
  'The figures include the Republic of Crimea and Sevastopol, as the official Russian reports do.',
];
