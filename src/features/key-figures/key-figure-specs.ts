import { averageOf, type CountField, FIELDS, type Metric } from '../../data/fields';
import { m } from '../../i18n/messages';

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

/** The six cards, in the order of the page. */
const CARD_FIELDS = [
  'newCases',
  'totalCases',
  'newDeaths',
  'totalDeaths',
  'totalRecovered',
  'activeCases',
] as const satisfies readonly CountField[];

/**
 * What each card says comes from the page's catalogue. It is read when asked for, not when this
 * module loads: the modules load before the entry point sets the page's language.
 */
export const KEY_FIGURE_SPECS: readonly KeyFigureSpec[] = CARD_FIELDS.map((field) => ({
  get label() {
    return m().keyFigures.cards[field].label;
  },
  field,
  averageField: averageOf(field),
  metric: FIELDS[field].metric,
  get definition() {
    return m().keyFigures.cards[field].definition;
  },
}));
