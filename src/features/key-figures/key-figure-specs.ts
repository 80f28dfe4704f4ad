import { averageOf, type CountField, FIELDS, type Metric } from '../../data/fields';

/** One stat card: which figure it shows, its 7-day average if any, and its colour. */
export interface KeyFigureSpec {
  /** The card's heading and accessible name. */
  readonly label: string;
  readonly field: CountField;
  readonly averageField: CountField | null;
  readonly metric: Metric;
  /** What the number means, in one line under it. */
  readonly definition: string;
}

/** The six cards, in the order of the page; what each says comes from the field catalogue. */
const CARD_FIELDS = [
  'newCases',
  'totalCases',
  'newDeaths',
  'totalDeaths',
  'totalRecovered',
  'activeCases',
] as const satisfies readonly CountField[];

export const KEY_FIGURE_SPECS: readonly KeyFigureSpec[] = CARD_FIELDS.map((field) => ({
  label: FIELDS[field].label,
  field,
  averageField: averageOf(field),
  metric: FIELDS[field].metric,
  definition: FIELDS[field].definition,
}));
