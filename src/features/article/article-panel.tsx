import './article.css';
import { memo, type ReactNode, useCallback, useMemo } from 'react';
import { markFigures } from '../../components/mark-figures';
import { Notice } from '../../components/notice';
import { Skeleton } from '../../components/skeleton';
import { sourceArticle } from '../../data/article';
import { type StoryParts, storyParts } from '../../data/article-text';
import { formatDate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import { isInRange } from '../../data/range';
import { OFFICIAL_RUSSIA, RUSSIA } from '../../data/series';
import type { FigureCheck } from '../../data/story-check/types';
import { shortErrorText } from '../../i18n/errors';
import { m, pageLocale } from '../../i18n/messages';
import { useSeries } from '../../queries/use-series';
import { ClaimMark } from './claim-mark';
import { useArticleText } from './use-article-text';
import { useStoryCheck } from './use-story-check';

/** A figure's id in the list, from its span: unique within the text. */
const figureDetailId = (check: FigureCheck) => `story-figure-${check.figure.span.start}-detail`;

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

/** Region codes as the engine's reasons name them: only Russia's series is checked here. */
const regionLabel = (code: string) => (code === RUSSIA ? m().common.russia : code);

interface ArticlePanelProps {
  /** The dates shown by the dashboard, to say whether the story's report date is among them. */
  readonly shownRange: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly focusedDate: IsoDate | null;
  readonly onFocusDate: (date: IsoDate) => void;
  /** The region the page shows, if any: the story's figures are national, and the panel says so. */
  readonly placeName?: string | null;
}

/**
 * The source story, as text, with each figure it states found and checked by the story check
 * (src/data/story-check), the engine of "Check a story", given the story's publication date; each
 * is marked where the engine found it and linked to the dashboard: activating a figure focuses
 * the dashboard on the report it was checked against. The story quotes the official national
 * report, so its figures are always checked against the official national series, whatever the
 * page shows; while that is loading or has failed, the story is still shown, its figures marked
 * but unchecked.
 */
export const ArticlePanel = memo(function ArticlePanel({
  shownRange,
  focusedDate,
  onFocusDate,
  placeName = null,
}: ArticlePanelProps) {
  const text = useArticleText();
  const dataset = useSeries(OFFICIAL_RUSSIA).state.data ?? null;
  const result = useStoryCheck(text.data, dataset);
  const checked = result !== null && dataset !== null;
  const parts = useMemo(
    () => (text.data ? storyParts(text.data, sourceArticle) : null),
    [text.data],
  );
  const shownFigures = useMemo(
    () => (result && parts ? figuresIn(result.figures, parts) : []),
    [result, parts],
  );
  const describe = useMemo(() => m().storyCheck.describer(regionLabel), []);
  const reportInRange = shownRange !== null && isInRange(shownRange, sourceArticle.reportDate);
  // The report the engine chose from the publication date (article.ts states the same one).
  const checkedReport =
    checked && result.dating.basis !== 'none' ? result.dating.reportDate : sourceArticle.reportDate;
  const t = m().article;

  /** The mark of a figure: before the check, it still leads to the story's report. */
  const mark = useCallback(
    (story: string, check: FigureCheck) => {
      const reportDate = checked ? check.reportDate : null;
      const target = reportDate ?? sourceArticle.reportDate;
      return (
        <ClaimMark
          text={story.slice(check.figure.span.start, check.figure.span.end)}
          verdict={checked ? check.verdict : null}
          reportDate={reportDate}
          detailId={figureDetailId(check)}
          isFocused={focusedDate === target}
          onActivate={() => onFocusDate(target)}
        />
      );
    },
    [checked, focusedDate, onFocusDate],
  );
  // The story's text with its marks, made again only when the check or the focused date changes:
  // a change of dates, which redraws the whole page, changes only the line about the range here.
  const headline = useMemo(
    () =>
      text.data && parts?.headline
        ? markFigures(text.data, shownFigures, parts.headline, (check) => mark(text.data, check))
        : sourceArticle.headline,
    [text.data, parts, shownFigures, mark],
  );
  const paragraphs = useMemo(
    () =>
      text.data && parts
        ? parts.paragraphs.map((paragraph) => (
            <p key={paragraph.start}>
              {markFigures(text.data, shownFigures, paragraph, (check) => mark(text.data, check))}
            </p>
          ))
        : null,
    [text.data, parts, shownFigures, mark],
  );
  const claims = useMemo(
    () =>
      shownFigures.map((check) => (
        <li
          key={check.figure.span.start}
          className={`claims__item claims__item--${checked ? check.verdict : 'pending'}`}
          data-verdict={checked ? check.verdict : undefined}
          data-report-date={(checked ? check.reportDate : null) ?? undefined}
        >
          <q className="claims__label" lang={storyLang()}>
            {check.figure.text}
          </q>
          :{' '}
          <span className="claims__status">
            {checked ? m().storyCheck.verdicts[check.verdict] : m().article.notCheckedYet}
          </span>
          <span id={figureDetailId(check)} className="claims__detail">
            {' '}
            {checked ? describe.describeCheck(check) : m().article.notLoaded}
          </span>
        </li>
      )),
    [shownFigures, checked, describe],
  );

  return (
    <article className="panel article-panel" aria-labelledby="story-headline">
      <header className="article-panel__header">
        <p className="article-panel__kicker">{t.kicker}</p>
        <h3 id="story-headline" className="article-panel__headline" lang={storyLang()}>
          {headline}
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
          {paragraphs}
        </div>
      ) : (
        <div className="article-panel__body" aria-busy="true">
          <Skeleton height="8rem" />
          <Skeleton height="6rem" />
        </div>
      )}

      {shownFigures.length > 0 ? (
        <section className="claims" aria-labelledby="claims-heading">
          <h4 id="claims-heading" className="claims__heading">
            {t.claimsHeading(checkedReport)}
          </h4>
          <ul className="claims__list">{claims}</ul>
        </section>
      ) : null}

      <footer className="article-panel__credit">
        <p>
          {t.photo}{' '}
          <Quoted>
            {sourceArticle.photoCaption} ({sourceArticle.photoCredit})
          </Quoted>
        </p>
        <p>
          {t.published(sourceArticle.newsDate)} (<Quoted>{sourceArticle.dateline}</Quoted>).{' '}
          {t.checkedAgainst(checkedReport)}
        </p>
      </footer>
    </article>
  );
});

/**
 * The figures of the parts the panel shows (headline and paragraphs), in the order of the text.
 * Every figure of the story is in one of them but for the headline's repeat, which the panel
 * shows once (see storyParts).
 */
function figuresIn(figures: readonly FigureCheck[], parts: StoryParts): readonly FigureCheck[] {
  const shown = parts.headline ? [parts.headline, ...parts.paragraphs] : parts.paragraphs;
  return figures.filter(({ figure }) =>
    shown.some((part) => part.start <= figure.span.start && figure.span.end <= part.end),
  );
}
