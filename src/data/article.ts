/**
 * The news story the dashboard starts from, as typed data: what it is, when it was published,
 * which official report its figures come from, and each figure it states.
 *
 * The story is dated 2020-05-08, but its figures are those of the official report published on the
 * morning of 2020-05-07 (see the README's date convention). The interface says both.
 */
import { type IsoDate, isoDate } from './iso-date';
import { ARTICLE_TEXT_PATH } from './paths';

export interface ArticleMeta {
  readonly headline: string;
  /** The date the story carries (news date), not the report date of its figures. */
  readonly newsDate: IsoDate;
  /** The official report whose figures the story states. */
  readonly reportDate: IsoDate;
  /** The dateline as printed in the source. */
  readonly dateline: string;
  readonly photoCaption: string;
  readonly photoCredit: string;
  /** Path of the story's text under public/. */
  readonly textPath: string;
}

export const sourceArticle: ArticleMeta = {
  headline: 'Russia has more than 10,000 new diagnoses for five consecutive days',
  newsDate: isoDate('2020-05-08'),
  reportDate: isoDate('2020-05-07'),
  dateline: 'May 8, 2020 No Comments News',
  photoCaption:
    'Russian President Vladimir Putin attends a meeting on the transport system development via video conference at the Novo-Ogaryovo residence outside Moscow, Russia, Thursday, May 7, 2020.',
  photoCredit: 'Alexei Nikolsky, Sputnik, Kremlin Pool Photo via AP',
  textPath: ARTICLE_TEXT_PATH,
};

/** How a claim is tested against the data of the report date it refers to. */
export type ClaimTest =
  /** New cases on the report date equal `value` and are more than on any earlier day. */
  | { readonly kind: 'daily-record'; readonly value: number }
  /** New cases were above `threshold` on exactly `days` consecutive days ending on the report date. */
  | { readonly kind: 'consecutive-days-above'; readonly threshold: number; readonly days: number }
  /** The cumulative figure on the report date is above `threshold`. */
  | {
      readonly kind: 'total-above';
      readonly field: 'totalCases' | 'totalDeaths';
      readonly threshold: number;
    };

export interface ArticleClaim {
  readonly id: 'daily-record' | 'fifth-day-above-10k' | 'total-cases' | 'total-deaths';
  /** A short name for the claim. */
  readonly label: string;
  /** The story's own words that state it, exactly as in the text. */
  readonly quote: string;
  /** The figure inside `quote` that the interface marks. */
  readonly figure: string;
  readonly test: ClaimTest;
}

export const articleClaims: readonly ArticleClaim[] = [
  {
    id: 'daily-record',
    label: 'New cases in a day, a record',
    quote: 'Russia has added 11,231 diagnoses in the past day, a record high for a single day',
    figure: '11,231',
    test: { kind: 'daily-record', value: 11_231 },
  },
  {
    id: 'fifth-day-above-10k',
    label: 'Fifth day in a row above 10,000',
    quote: 'recorded more than 10,000 new diagnoses for the fifth consecutive day',
    figure: 'more than 10,000 new diagnoses for the fifth consecutive day',
    test: { kind: 'consecutive-days-above', threshold: 10_000, days: 5 },
  },
  {
    id: 'total-cases',
    label: 'Total cases above 177,000',
    quote: 'the cumulative number of diagnoses has exceeded 177,000',
    figure: '177,000',
    test: { kind: 'total-above', field: 'totalCases', threshold: 177_000 },
  },
  {
    id: 'total-deaths',
    label: 'Deaths above 1,600',
    quote: 'more than 1,600 people have died',
    figure: '1,600',
    test: { kind: 'total-above', field: 'totalDeaths', threshold: 1_600 },
  },
];
