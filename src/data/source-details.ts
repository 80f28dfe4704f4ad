/**
 * Where each source's numbers come from: description, date convention, the public repositories
 * with their licences, and the notes a reader needs. The data script writes a series' references
 * and notes into its file's provenance; the Sources panel shows this catalogue. Apart from
 * sources.ts so that the JavaScript needed at start does not carry it.
 */
import type { ReportSource } from './report-file';
import type { SourceId } from './series';

export interface SourceDetails {
  /** What the source is, in one sentence. */
  readonly description: string;
  readonly dateConvention: string;
  /** The public repositories the shipped figures were taken from, with their licences. */
  readonly references: readonly ReportSource[];
  /** What a reader must know to read the figures (also stored in each file's provenance). */
  readonly notes: readonly string[];
}

/** Where the official reports after 2022-01-20 survive, for the national and regional series. */
const ARCHIVES_AFTER_2022_01_20: readonly ReportSource[] = [
  {
    name: 'ash/covid.observer (archived copies of the stopcoronavirus.rf regional table, one per report)',
    url: 'https://github.com/ash/covid.observer',
    licence:
      'none stated; the figures are official statistics of the government coronavirus response centre, attributed to it and to the archive',
    covers: '2022-01-21..2023-02-03',
  },
  {
    name: 'chelyabinsk/Russia-Covid (raw copies of the stopcoronavirus.rf region_stats feed)',
    url: 'https://github.com/chelyabinsk/Russia-Covid',
    licence:
      'none stated; the figures are official statistics of the government coronavirus response centre',
    covers: '2022-02-20',
  },
];

const REPORT_DATE_CONVENTION =
  'Each date is the day the report was published (in the morning, Moscow time, covering the previous 24 hours).';

/**
 * The regional series of the official reports: made from the same archives, but per region, with
 * the press releases up to 2020-04-06 (see the data README), and without recoveries.
 */
export const REGIONAL_DETAILS: SourceDetails = {
  description:
    "Each region's figures as the official daily reports gave them (stopcoronavirus.rf's regional table), gathered from public archives of those reports.",
  dateConvention: REPORT_DATE_CONVENTION,
  references: [
    {
      name: 'maximzasorin/covid-19 (official press releases per region: Rospotrebnadzor, stopcoronavirus.rf, TASS)',
      url: 'https://github.com/maximzasorin/covid-19',
      licence: 'MIT (Copyright (c) 2020-2021 Maxim Zasorin)',
      covers: '2020-01-31..2020-04-06',
    },
    {
      name: 'k0ka/covid19-russia-data (daily regional totals saved from stopcoronavirus.rf)',
      url: 'https://github.com/k0ka/covid19-russia-data',
      licence: 'GNU GPL v3; the figures themselves are official government statistics',
      covers: '2020-04-07..2022-01-20',
    },
    ...ARCHIVES_AFTER_2022_01_20,
  ],
  notes: [
    'An empty value (null) means the source has no figure for that day; it is never zero.',
    "A region's series starts with its first reported case; the regional reports give no recoveries.",
    "A negative daily figure is a region's total revised down by the official reports; it is kept, and flagged.",
    'From 2022-01-21 the reports come from archives of the official site, in which 38 report dates have no usable report (the longest gap is 2022-09-22 to 2022-10-16); cumulative totals are known to 2022-03-11 only.',
    'Population for figures per 100,000: Rosstat, resident population on 1 January 2020.',
  ],
};

const STOPCORONAVIRUS =
  'stopcoronavirus.rf, the daily reports of the Russian government coronavirus response centre';

export const SOURCE_DETAILS: Readonly<Record<SourceId, SourceDetails>> = {
  official: {
    description: `The figures as Russia's government published them each morning (${STOPCORONAVIRUS}), gathered from public archives of those reports.`,
    dateConvention: REPORT_DATE_CONVENTION,
    references: [
      {
        name: 'maximzasorin/covid-19 (official press releases per region: Rospotrebnadzor, stopcoronavirus.rf, TASS)',
        url: 'https://github.com/maximzasorin/covid-19',
        licence: 'MIT (Copyright (c) 2020-2021 Maxim Zasorin)',
        covers: '2020-01-31..2020-03-23',
      },
      {
        name: 'k0ka/covid19-russia-data (daily totals saved from stopcoronavirus.rf)',
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
      ...ARCHIVES_AFTER_2022_01_20,
    ],
    notes: [
      'An empty value (null) means the source has no figure for that day; it is never zero.',
      'Recoveries are not known before 2020-03-24; daily recoveries start on 2020-03-25.',
      'No daily reports were published in February and early March 2020: those days have 0 new cases and the totals carry forward.',
      'The figures include the Republic of Crimea and Sevastopol, as the official Russian reports do.',
      'From 2022-01-21 the reports come from archives of the official site, in which 38 report dates have no usable report (the longest gap is 2022-09-22 to 2022-10-16); cumulative totals are known to 2022-03-11 only.',
    ],
  },
  jhu: {
    description:
      "The Johns Hopkins University Center for Systems Science and Engineering (CSSE) global time series, Russia's row, as JHU last published it (its files end on 2023-03-09).",
    dateConvention:
      'A JHU column dated D holds the Russian report published on D: the dates are report dates, as in the official series.',
    references: [
      {
        name: 'JHU CSSE COVID-19 time series (time_series_covid19_confirmed_global.csv and time_series_covid19_deaths_global.csv, row Russia)',
        url: 'https://github.com/CSSEGISandData/COVID-19',
        licence: 'CC BY 4.0, Johns Hopkins University Center for Systems Science and Engineering',
        covers: '2020-01-22..2023-03-09',
      },
    ],
    notes: [
      'JHU publishes cumulative totals only: the daily figures here are derived from them, and a day on which a total went down is flagged.',
      'From 2020-06-01 JHU counts the Republic of Crimea and Sevastopol under Ukraine, so its Russia excludes them.',
      'JHU corrected its Russian figures on 2020-10-17 and 2020-10-18; those days differ from the official series by more than Crimea and Sevastopol.',
    ],
  },
};
