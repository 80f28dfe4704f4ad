import './article.css';
import { memo, type ReactNode, useMemo } from 'react';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { articleClaims, sourceArticle } from '../../data/article';
import { articleParagraphs, segmentParagraph } from '../../data/article-text';
import { type ClaimCheck, checkClaims } from '../../data/claims';
import { dayAt } from '../../data/dataset';
import { formatDate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import { isInRange } from '../../data/range';
import { OFFICIAL_RUSSIA } from '../../data/series';
import { shortErrorText } from '../../i18n/errors';
import { m, pageLocale } from '../../i18n/messages';
import { useSeries } from '../../queries/use-series';
import { ClaimMark } from './claim-mark';
import { useArticleText } from './use-article-text';

const claimDetailId = (claimId: string) => `claim-${claimId}-detail`;

/**
 * The story is quoted as published, in English: on a page in another language, what is quoted
 * from it (headline, text, dateline, photo) says so, for screen readers and translation tools.
 */
const storyLang = () => (pageLocale() === 'en' ? undefined : 'en');

/** Words quoted from the story inside the panel's own sentences, marked as above. */
function Quoted({ children }: { children: ReactNode }) {
  const lang = storyLang();
  return lang ? <span lang={lang}>{children}</span> : children;
}

interface ArticlePanelProps {
  /** The dates shown by the dashboard, to say whether the story's report date is among them. */
  readonly shownRange: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly focusedDate: IsoDate | null;
  readonly onFocusDate: (date: IsoDate) => void;
  /** The region the page shows, if any: the story's figures are national, and the panel says so. */
  readonly placeName?: string | null;
}

/**
 * The source story, as text, with each figure it states marked, checked against the data, and
 * linked to the dashboard: activating a figure focuses the dashboard on the report it comes from.
 * The story quotes the official national report, so its figures are always checked against the
 * official national series, whatever the page shows; while that is loading or has failed, the
 * story is still shown, unchecked.
 */
export const ArticlePanel = memo(function ArticlePanel({
  shownRange,
  focusedDate,
  onFocusDate,
  placeName = null,
}: ArticlePanelProps) {
  const text = useArticleText();
  const dataset = useSeries(OFFICIAL_RUSSIA).state.data ?? null;
  const checks = useMemo(
    () => (dataset ? checkClaims(dataset, articleClaims, sourceArticle.reportDate) : null),
    [dataset],
  );
  const checkOf = (id: string): ClaimCheck | null => checks?.find((c) => c.claim.id === id) ?? null;
  const paragraphs = useMemo(
    () => (text.data ? articleParagraphs(text.data, sourceArticle) : null),
    [text.data],
  );
  const reportInRange = shownRange !== null && isInRange(shownRange, sourceArticle.reportDate);
  // Whether the report's new cases were a record: the check's sentence says so when they differ.
  const reportIsRecord = dataset
    ? (dayAt(dataset, sourceArticle.reportDate)?.isRecordHigh ?? false)
    : false;
  const t = m().article;

  return (
    <article className="panel article-panel" aria-labelledby="story-headline">
      <header className="article-panel__header">
        <p className="article-panel__kicker">{t.kicker}</p>
        <h3 id="story-headline" className="article-panel__headline" lang={storyLang()}>
          {sourceArticle.headline}
        </h3>
        <p className="article-panel__dates">
          {t.newsDate}{' '}
          <time dateTime={sourceArticle.newsDate}>{formatDate(sourceArticle.newsDate)}</time> ·{' '}
          {t.figuresFrom}{' '}
          <time dateTime={sourceArticle.reportDate}>{formatDate(sourceArticle.reportDate)}</time>
        </p>
        {placeName ? (
          <p className="article-panel__range" data-testid="story-national">
            {t.national(placeName)}
          </p>
        ) : null}
        {shownRange ? (
          <p className="article-panel__range">
            {reportInRange ? t.reportInRange : t.reportOutOfRange(shownRange.from, shownRange.to)}
          </p>
        ) : null}
      </header>

      {text.isError ? (
        <Notice tone="error" onRetry={() => void text.refetch()}>
          <p>{t.textFailed(shortErrorText(text.error))}</p>
        </Notice>
      ) : paragraphs ? (
        <div className="article-panel__body" lang={storyLang()}>
          {paragraphs.map((paragraph) => (
            <p key={paragraph}>
              {segmentParagraph(paragraph, articleClaims).map((segment) =>
                segment.kind === 'text' ? (
                  // Text nodes only: the story is never parsed as HTML.
                  <span key={segment.start}>{segment.text}</span>
                ) : (
                  <ClaimMark
                    key={segment.start}
                    text={segment.text}
                    claimId={segment.claim.id}
                    status={checkOf(segment.claim.id)?.status ?? null}
                    detailId={claimDetailId(segment.claim.id)}
                    isFocused={focusedDate === sourceArticle.reportDate}
                    onActivate={() => onFocusDate(sourceArticle.reportDate)}
                  />
                ),
              )}
            </p>
          ))}
        </div>
      ) : (
        <div className="article-panel__body" aria-busy="true">
          <Skeleton height="8rem" />
          <Skeleton height="6rem" />
        </div>
      )}

      <section className="claims" aria-labelledby="claims-heading">
        <h4 id="claims-heading" className="claims__heading">
          {t.claimsHeading(sourceArticle.reportDate)}
        </h4>
        <ul className="claims__list">
          {articleClaims.map((claim) => {
            const check = checkOf(claim.id);
            return (
              <li
                key={claim.id}
                className={`claims__item claims__item--${check?.status ?? 'pending'}`}
              >
                <span className="claims__label">{t.claimLabel[claim.id]}:</span>{' '}
                <span className="claims__status">
                  {check ? t.status[check.status] : dataset === null ? t.notCheckedYet : ''}
                </span>
                <span id={claimDetailId(claim.id)} className="claims__detail">
                  {' '}
                  {check ? t.explain(check, sourceArticle.reportDate, reportIsRecord) : t.notLoaded}
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <footer className="article-panel__credit">
        <p>
          {t.photo}{' '}
          <Quoted>
            {sourceArticle.photoCaption} ({sourceArticle.photoCredit})
          </Quoted>
        </p>
        <p>
          {t.published(sourceArticle.newsDate)} (<Quoted>{sourceArticle.dateline}</Quoted>).{' '}
          {t.checkedAgainst(sourceArticle.reportDate)}
        </p>
      </footer>
    </article>
  );
});
