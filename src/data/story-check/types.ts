/**
 * The vocabulary of "Check any story": what the engine reads in a text (figures and what they
 * claim), and what it answers for each (a verdict, the report it used, the value the data holds,
 * and a reason made of facts). Reasons are data, not sentences: the interface words them in the
 * page's language (describe.ts words them in English for tests and the evaluation script).
 */
import type { Metric, ReportedField } from '../fields';
import type { IsoDate } from '../iso-date';
import type { PlaceCode } from '../series';

/** A stretch of the text as given: `text.slice(start, end)`, UTF-16 offsets. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** How a figure relates to the value it states. */
export type Comparison =
  /** "11,231", "11.2 thousand" (then exact to the precision written). */
  | 'exact'
  /** "more than", "over", "exceeded", "свыше", "более", "превысило" */
  | 'more-than'
  /** "at least", "не менее" */
  | 'at-least'
  /** "fewer than", "under", "менее" */
  | 'less-than'
  /** "nearly", "almost", "почти", "без малого": a little below */
  | 'nearly'
  /** "about", "around", "около", "примерно": either side */
  | 'about';

/** Daily figure of a report, or running total since the start of the pandemic. */
export type Period = 'daily' | 'total';

/** Things people count that the official daily series does not hold. */
export type OutOfScope = 'tests' | 'vaccinations' | 'hospitalisations' | 'active-cases';

/** What a figure counts, as read from the words around it. */
export type Subject =
  | {
      readonly kind: 'count';
      readonly metric: Metric;
      /** Null when the text does not say (the check then takes the closer of the two). */
      readonly period: Period | null;
      /** Where the metric came from: the figure's own words, or an earlier figure's (ellipsis). */
      readonly basis: 'own-words' | 'sentence' | 'earlier-figure';
    }
  | { readonly kind: 'out-of-scope'; readonly what: OutOfScope }
  | { readonly kind: 'unknown' };

/** What kind of number a figure is. */
export type FigureForm =
  /** A count of people. */
  | 'count'
  /** "5%", "5 процентов": a share, never checked. */
  | 'percentage'
  /** "12.5 per 100,000": a rate, never checked. */
  | 'per-capita';

/** Where a figure's place came from. */
export type PlaceBasis =
  /** Named in the figure's own clause. */
  | 'clause'
  /** Named earlier in the same sentence. */
  | 'sentence'
  /** Named earlier in the same paragraph. */
  | 'paragraph'
  /** Nothing named: Russia as a whole. */
  | 'default';

export type PlaceReading =
  | { readonly kind: 'place'; readonly code: PlaceCode; readonly basis: PlaceBasis }
  /** Another country, or the world: not in the data. `name` is the text as written. */
  | { readonly kind: 'foreign'; readonly name: string };

/** A run: "for the fifth consecutive day", "пятый день подряд", "five days in a row". */
export interface RunReading {
  readonly days: number;
  readonly span: TextSpan;
}

/** How a figure refers to a report other than the story's own. */
export type Relation =
  | { readonly kind: 'same-report' }
  /** "up from 10,699 a day earlier", "против 10 699 накануне": the value of an earlier report. */
  | { readonly kind: 'earlier-report'; readonly daysBefore: number; readonly span: TextSpan }
  /** "532 more than a day earlier", "на 532 больше, чем накануне": the change since then. */
  | {
      readonly kind: 'change';
      readonly daysBefore: number;
      readonly direction: 'more' | 'fewer';
      readonly span: TextSpan;
    };

/** A date written in the text ("May 7", "7 мая 2020 года", "2020-05-07"). */
export interface DateMention {
  readonly span: TextSpan;
  readonly month: number;
  readonly day: number;
  /** Null when the text leaves the year out. */
  readonly year: number | null;
}

/** One number of the text that states a figure, and everything read about it. */
export interface StoryFigure {
  /** The number as written, with its scale word: "11,231", "11,2 тыс.", "1.5 million". */
  readonly span: TextSpan;
  readonly text: string;
  /** The value stated: 11,231; 11,200 for "11.2 thousand"; 1,500,000 for "1,5 млн". */
  readonly value: number;
  /** The unit of its last digit: 1 for "11,231", 100 for "11.2 thousand", 1,000 for "11 тысяч". */
  readonly precision: number;
  readonly form: FigureForm;
  readonly comparison: Comparison;
  readonly subject: Subject;
  readonly place: PlaceReading;
  readonly run: RunReading | null;
  /** "a record", "максимум с начала пандемии": the day's figure was higher than on any before. */
  readonly record: TextSpan | null;
  readonly relation: Relation;
  /** A date in the figure's own clause ("on May 6, ... 10,559"): the report it states. */
  readonly dateInClause: DateMention | null;
}

export type Verdict = 'verified' | 'refuted' | 'uncheckable';

/** A day of the data that had a higher value than the one claimed to be a record. */
export interface DatedValue {
  readonly date: IsoDate;
  readonly value: number;
}

/**
 * Why a figure got its verdict, as facts. `dataValue` is always the value the data holds for what
 * the figure states (a count, a change, or a number of days).
 */
export type Reason =
  // verified
  | { readonly kind: 'equal'; readonly dataValue: number }
  /** "11.2 thousand" for 11,231: within the precision written (rounded or cut). */
  | { readonly kind: 'rounds-to'; readonly dataValue: number; readonly precision: number }
  /** "more than 177,000" for 177,160 (or fewer than, at least). */
  | {
      readonly kind: 'bound-holds';
      readonly comparison: 'more-than' | 'at-least' | 'less-than';
      readonly bound: number;
      readonly dataValue: number;
    }
  /** "nearly 1,700" for 1,625; `tolerance` is the largest distance accepted. */
  | {
      readonly kind: 'near';
      readonly comparison: 'nearly' | 'about';
      readonly dataValue: number;
      readonly tolerance: number;
    }
  | {
      readonly kind: 'run-holds';
      readonly threshold: number;
      readonly days: number;
      readonly from: IsoDate;
      readonly to: IsoDate;
    }
  | {
      readonly kind: 'record-holds';
      readonly dataValue: number;
      /** The highest value before it, or null when it is the first day with any. */
      readonly previousHigh: DatedValue | null;
    }
  // refuted
  | { readonly kind: 'differs'; readonly dataValue: number }
  | {
      readonly kind: 'bound-fails';
      readonly comparison: 'more-than' | 'at-least' | 'less-than';
      readonly bound: number;
      readonly dataValue: number;
    }
  | {
      readonly kind: 'not-near';
      readonly comparison: 'nearly' | 'about';
      readonly dataValue: number;
      readonly tolerance: number;
    }
  | {
      readonly kind: 'run-differs';
      readonly threshold: number;
      readonly statedDays: number;
      /** The length of the run that ends on the report (0 when that day is not above). */
      readonly dataValue: number;
      readonly from: IsoDate | null;
    }
  | { readonly kind: 'not-a-record'; readonly dataValue: number; readonly higher: DatedValue }
  // uncheckable
  /** True, but so far below (or above) the data that it cannot be a rounding of it. */
  | {
      readonly kind: 'bound-too-loose';
      readonly comparison: 'more-than' | 'at-least' | 'less-than';
      readonly bound: number;
      readonly dataValue: number;
    }
  | { readonly kind: 'out-of-scope'; readonly what: OutOfScope }
  | { readonly kind: 'percentage' }
  | { readonly kind: 'per-capita' }
  /** The words around the number do not say what it counts. */
  | { readonly kind: 'metric-unknown' }
  | { readonly kind: 'foreign-place'; readonly name: string }
  /** No report date was given, and none fits the figures of the text. */
  | { readonly kind: 'no-report-date' }
  /** The place's series has not been loaded (see `placesMentioned`). */
  | { readonly kind: 'place-not-loaded'; readonly place: PlaceCode }
  | {
      readonly kind: 'outside-data';
      readonly reportDate: IsoDate;
      readonly firstDate: IsoDate;
      readonly lastDate: IsoDate;
    }
  /** The report has no value for that figure (a missing report; no recoveries by region). */
  | { readonly kind: 'not-reported'; readonly reportDate: IsoDate; readonly field: ReportedField }
  /** Past the number of figures the engine checks in one text (see limits.ts). */
  | { readonly kind: 'too-many-figures'; readonly limit: number };

export type ReasonKind = Reason['kind'];

/** The verdict of each reason: one table, so that the two never disagree. */
export const VERDICT_OF: { readonly [K in ReasonKind]: Verdict } = {
  equal: 'verified',
  'rounds-to': 'verified',
  'bound-holds': 'verified',
  near: 'verified',
  'run-holds': 'verified',
  'record-holds': 'verified',
  differs: 'refuted',
  'bound-fails': 'refuted',
  'not-near': 'refuted',
  'run-differs': 'refuted',
  'not-a-record': 'refuted',
  'bound-too-loose': 'uncheckable',
  'out-of-scope': 'uncheckable',
  percentage: 'uncheckable',
  'per-capita': 'uncheckable',
  'metric-unknown': 'uncheckable',
  'foreign-place': 'uncheckable',
  'no-report-date': 'uncheckable',
  'place-not-loaded': 'uncheckable',
  'outside-data': 'uncheckable',
  'not-reported': 'uncheckable',
  'too-many-figures': 'uncheckable',
};

/** How the field of a count was chosen: stated, or the closer of daily and total. */
export type FieldBasis = 'stated' | 'closest-value';

/** The data point a figure is about: what the dashboard focuses when the figure is activated. */
export interface FocusTarget {
  readonly place: PlaceCode;
  readonly reportDate: IsoDate;
  readonly field: ReportedField | null;
}

/** The answer for one figure. */
export interface FigureCheck {
  readonly figure: StoryFigure;
  readonly verdict: Verdict;
  readonly reason: Reason;
  /** The report the figure was checked against; null when none could be placed. */
  readonly reportDate: IsoDate | null;
  readonly place: PlaceCode | null;
  readonly metric: Metric | null;
  readonly field: ReportedField | null;
  readonly fieldBasis: FieldBasis | null;
  /** The value the data holds for what the figure states (null when it holds none). */
  readonly dataValue: number | null;
  /** What to show in the dashboard for this figure; null when there is no place or date. */
  readonly focus: FocusTarget | null;
}

/** A report date and how well it fits the figures of the text. */
export interface DateFit {
  readonly reportDate: IsoDate;
  /** How many of the figures that can be checked are verified against this report. */
  readonly fits: number;
}

/** Which report the text's figures were checked against, and why that one. */
export type ReportDating =
  | { readonly basis: 'override'; readonly reportDate: IsoDate }
  | {
      /** Given a publication date: that morning's report, or the day before's if it fits better. */
      readonly basis: 'publication-date';
      readonly publicationDate: IsoDate;
      readonly reportDate: IsoDate;
      readonly fits: number;
      /** The other candidate (the day before, or the day itself) and how it fit. */
      readonly alternative: DateFit;
      readonly checkable: number;
    }
  | {
      /** No date given: the report (near a date written in the text, if any) that fits most. */
      readonly basis: 'best-fit';
      readonly reportDate: IsoDate;
      readonly fits: number;
      readonly checkable: number;
      /** Other reports that fit as many figures (the earliest is used; the user may pick). */
      readonly tiedWith: number;
      /** The date written in the text that led to this report, if one did. */
      readonly dateInText: DateMention | null;
    }
  | {
      readonly basis: 'none';
      /** No figure that could place a report, or no report fits any. */
      readonly why: 'no-checkable-figures' | 'no-report-fits';
    };

/** What the engine answers for a text. */
export interface StoryCheck {
  /** Length of the text given, and how much of it was read (see limits.ts). */
  readonly textLength: number;
  readonly readLength: number;
  readonly truncated: boolean;
  readonly dating: ReportDating;
  /** Every figure found, in the order of the text. */
  readonly figures: readonly FigureCheck[];
  /** The places the text names (Russia first), whose series the checks used or need. */
  readonly places: readonly PlaceCode[];
}
