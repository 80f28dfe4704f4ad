/**
 * The news story the dashboard starts from, as typed data: what it is, when it was published and
 * which official report its figures come from. The figures it states are found and checked by the
 * story check (src/data/story-check), as in any other story.
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
