/**
 * The reasons and the dating in plain English, one line each. `createDescriber` takes the number
 * and date formats: the English page words them with its own (src/i18n/en/story-check.ts); the
 * exports below, for tests, logs and the evaluation script, keep dates as YYYY-MM-DD.
 */
import type { ReportedField } from '../fields';
import type { IsoDate } from '../iso-date';
import { formatDecimal } from '../number-text';
import type { PlaceCode } from '../series';
import type { FigureCheck, OutOfScope, Reason, ReportDating } from './types';

const FIELD_NAMES: { readonly [F in ReportedField]: string } = {
  newCases: 'new cases',
  totalCases: 'total cases',
  newDeaths: 'deaths in the day',
  totalDeaths: 'total deaths',
  newRecovered: 'recoveries in the day',
  totalRecovered: 'total recoveries',
};

const OUT_OF_SCOPE: { readonly [K in OutOfScope]: string } = {
  tests: 'Tests are not in the official series this dashboard holds',
  vaccinations: 'Vaccinations are not in the official series this dashboard holds',
  hospitalisations: 'Hospital admissions are not in the official series this dashboard holds',
  'active-cases': 'Active cases are not reported as such in the official series',
};

export interface DescriberFormats {
  /** A whole count: "11,231". */
  readonly count: (n: number) => string;
  /** A report date: "2020-05-07", or "7 May 2020" on the page. */
  readonly date: (date: IsoDate) => string;
  /** A region by its code: "RU-MOW", or "Moscow" on the page. */
  readonly place: (code: PlaceCode) => string;
}

export function createDescriber({ count, date, place }: DescriberFormats) {
  const signed = (n: number) => (n > 0 ? `+${count(n)}` : n < 0 ? `−${count(-n)}` : '0');

  /** One line on a figure's verdict: "11,231 new cases in the report of 2020-05-07, a record." */
  function describeCheck(check: FigureCheck): string {
    const what = check.field ? FIELD_NAMES[check.field] : 'figures';
    const where = check.place && check.place !== 'RU' ? ` (${place(check.place)})` : '';
    const report = check.reportDate
      ? `the report of ${date(check.reportDate)}${where}`
      : 'the report';
    const { relation } = check.figure;
    if (relation.kind === 'change' && check.dataValue !== null) {
      const since =
        relation.daysBefore === 1 ? 'the day before' : `${relation.daysBefore} days before`;
      const verdict = check.verdict === 'verified' ? 'as stated' : 'not the change stated';
      return `${capital(what)} in ${report} changed by ${signed(check.dataValue)} since ${since}, ${verdict}.`;
    }
    return describeReason(check.reason, what, report);
  }

  function describeReason(reason: Reason, what: string, report: string): string {
    switch (reason.kind) {
      case 'equal':
        return `${capital(report)} has ${count(reason.dataValue)} ${what}, as stated.`;
      case 'rounds-to':
        return `${capital(report)} has ${count(reason.dataValue)} ${what}, which the figure states to the nearest ${count(reason.precision)}.`;
      case 'bound-holds':
        return `${capital(report)} has ${count(reason.dataValue)} ${what}, ${boundWords(reason.comparison)} ${count(reason.bound)}.`;
      case 'near':
        return `${capital(report)} has ${count(reason.dataValue)} ${what}, within ${count(reason.tolerance)} ${reason.comparison === 'nearly' ? 'below' : 'of'} the figure.`;
      case 'run-holds':
        return `New figures were above ${count(reason.threshold)} on ${reason.days} consecutive ${reason.days === 1 ? 'day' : 'days'}, ${date(reason.from)} to ${date(reason.to)}.`;
      case 'record-holds':
        return reason.previousHigh
          ? `${capital(report)} has ${count(reason.dataValue)} ${what}, more than on any earlier day (the highest before: ${count(reason.previousHigh.value)} on ${date(reason.previousHigh.date)}).`
          : `${capital(report)} has ${count(reason.dataValue)} ${what}, the first day with any.`;
      case 'differs':
        return `${capital(report)} has ${count(reason.dataValue)} ${what}, not the figure stated.`;
      case 'bound-fails':
        return `${capital(report)} has ${count(reason.dataValue)} ${what}, not ${boundWords(reason.comparison)} ${count(reason.bound)}.`;
      case 'not-near':
        return `${capital(report)} has ${count(reason.dataValue)} ${what}, more than ${count(reason.tolerance)} ${reason.comparison === 'nearly' ? 'below (or above)' : 'away from'} the figure.`;
      case 'run-differs':
        return reason.dataValue === 0 || reason.from === null
          ? `${capital(report)} is not above ${count(reason.threshold)}, so no run ends on it.`
          : `The run above ${count(reason.threshold)} that ends on ${report} is ${reason.dataValue} ${reason.dataValue === 1 ? 'day' : 'days'} long (from ${date(reason.from)}), not ${reason.statedDays}.`;
      case 'not-a-record':
        return `${capital(report)} has ${count(reason.dataValue)} ${what}, but ${count(reason.higher.value)} on ${date(reason.higher.date)} was higher: not a record.`;
      case 'bound-too-loose':
        return `${capital(report)} has ${count(reason.dataValue)} ${what}: ${count(reason.bound)} is too far from it to be its rounding, so the figure probably states something else.`;
      case 'out-of-scope':
        return `${OUT_OF_SCOPE[reason.what]}.`;
      case 'percentage':
        return 'A percentage: the official series holds counts, and the base of the share is not stated.';
      case 'per-capita':
        return 'A rate per head of population: not a count the official reports state.';
      case 'metric-unknown':
        return 'The words around it do not say what it counts.';
      case 'foreign-place':
        return `It is about ${reason.name}, whose figures are not in this data.`;
      case 'no-report-date':
        return 'No report date was given, and no report fits the figures of the text.';
      case 'place-not-loaded':
        return `The figures of ${place(reason.place)} are not loaded yet.`;
      case 'outside-data':
        return `The data runs from ${date(reason.firstDate)} to ${date(reason.lastDate)}; there is no report of ${date(reason.reportDate)}.`;
      case 'not-reported':
        return `The report of ${date(reason.reportDate)} has no ${FIELD_NAMES[reason.field]}.`;
      case 'too-many-figures':
        return `Not checked: only the first ${count(reason.limit)} figures of a text are.`;
    }
  }

  function boundWords(comparison: 'more-than' | 'at-least' | 'less-than'): string {
    return comparison === 'more-than'
      ? 'more than'
      : comparison === 'at-least'
        ? 'at least'
        : 'fewer than';
  }

  function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** One line on the report used and why. */
  function describeDating(dating: ReportDating): string {
    switch (dating.basis) {
      case 'override':
        return `Checked against the report of ${date(dating.reportDate)}, as chosen.`;
      case 'publication-date':
        return dating.reportDate === dating.publicationDate
          ? `Published ${date(dating.publicationDate)}: checked against that morning's report (${dating.fits} of ${dating.checkable} figures fit it; ${dating.alternative.fits} fit the day before's).`
          : `Published ${date(dating.publicationDate)}: checked against the report of the day before, ${date(dating.reportDate)} (${dating.fits} of ${dating.checkable} figures fit it; ${dating.alternative.fits} fit that morning's).`;
      case 'best-fit':
        return `No publication date: checked against the report of ${date(dating.reportDate)}, which fits ${dating.fits} of ${dating.checkable} figures${dating.tiedWith > 0 ? ` (as do ${dating.tiedWith} other reports)` : ''}${dating.dateInText ? `, next to a date in the text` : ''}.`;
      case 'none':
        return dating.why === 'no-checkable-figures'
          ? 'No figure of the text can place a report: give the publication date or choose a report.'
          : 'No report fits the figures of the text: give the publication date or choose a report.';
    }
  }

  return { describeCheck, describeReason, describeDating };
}

const iso = createDescriber({
  count: (n) => formatDecimal(n, 'en', 0, 0),
  date: (value) => value,
  place: (code) => code,
});
export const { describeCheck, describeReason, describeDating } = iso;
