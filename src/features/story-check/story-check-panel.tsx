import './story-check.css';
import {
  type FormEvent,
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { followInPlace } from '../../components/follow-in-place';
import { Notice } from '../../components/notice';
import { saveFile } from '../../components/save-file';
import type { Dataset } from '../../data/dataset';
import { formatDate } from '../../data/format';
import { type IsoDate, isIsoDate } from '../../data/iso-date';
import { type PlaceCode, RUSSIA } from '../../data/series';
import type { FigureCheck, StoryCheck } from '../../data/story-check/types';
import { errorText } from '../../i18n/errors';
import { m } from '../../i18n/messages';
import {
  type CheckRequest,
  type PlacesRequest,
  retryStoryEngine,
  useStoryEngine,
} from '../../queries/story-engine';
import { useRegionCatalogue } from '../../queries/use-regions';
import { useSeriesList } from '../../queries/use-series';
import { MAX_STORY_FRAGMENT, storyFragment, storyFromFragment } from '../../view-state/story-link';
import { MarkedText } from './marked-text';
import { resultAsText } from './result-file';

interface StoryCheckPanelProps {
  /** The address of the dashboard showing `place` on the report of `date`. */
  readonly hrefForFigure: (place: PlaceCode, date: IsoDate) => string;
  /** Shows it in place (the dashboard above), without a reload. */
  readonly onShowFigure: (place: PlaceCode, date: IsoDate) => void;
}

interface Request {
  readonly text: string;
  readonly publicationDate: IsoDate | undefined;
}

/**
 * "Check a story": paste a news text, and each figure it states is found, dated and checked
 * against the official reports (src/data/story-check). The text travels in the address's
 * fragment, so a link reopens the same check.
 */
export function StoryCheckPanel({ hrefForFigure, onShowFigure }: StoryCheckPanelProps) {
  const t = m().storyCheck;
  const textId = useId();
  const dateId = useId();
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [request, setRequest] = useState<Request | null>(null);
  const [reportDate, setReportDate] = useState<IsoDate | null>(null);
  const [linkUnreadable, setLinkUnreadable] = useState(false);
  const [tooLong, setTooLong] = useState<number | null>(null);

  // Each check the reader asks for: a link's story, read after it, must not replace theirs, and
  // an older check's address must not replace a newer one's.
  const checks = useRef(0);

  // A shared link's story, once, when the panel first shows.
  useEffect(() => {
    let current = true;
    void storyFromFragment(window.location.hash).then((found) => {
      if (!current || checks.current > 0) return;
      if (found.kind === 'story') {
        setText(found.text);
        setRequest({ text: found.text, publicationDate: undefined });
        // The reader came for this check: take them (and a screen reader's focus) to it.
        document.getElementById('story-check-heading')?.focus();
      } else if (found.kind === 'unreadable') setLinkUnreadable(true);
    });
    return () => {
      current = false;
    };
  }, []);

  const { catalogue, error: catalogueError, refetch } = useRegionCatalogue(request !== null);
  const regions = catalogue?.regions ?? null;
  // Read off the page's thread (src/queries/story-engine.ts): first the places the story names,
  // whose series are then loaded, then the check against them.
  const placesRequest = useMemo(
    (): PlacesRequest | null =>
      request && regions ? { kind: 'places', text: request.text, regions } : null,
    [request, regions],
  );
  const placesAsked = useStoryEngine(placesRequest);
  const places =
    placesAsked.latest?.request === placesRequest ? placesAsked.latest.answer.places : null;
  const keys = useMemo(
    () => (places ?? []).map((place) => ({ place, source: 'official' as const })),
    [places],
  );
  const series = useSeriesList(keys);
  const checkRequest = useMemo((): CheckRequest | null => {
    if (!request || !regions || !places || series.datasets.length !== places.length) return null;
    const datasets: [PlaceCode, Dataset][] = [];
    for (const [i, place] of places.entries()) {
      const dataset = series.datasets[i];
      if (!dataset) return null;
      datasets.push([place, dataset]);
    }
    return {
      kind: 'check',
      text: request.text,
      publicationDate: request.publicationDate,
      reportDate: reportDate ?? undefined,
      regions,
      datasets,
    };
  }, [request, regions, places, series.datasets, reportDate]);
  const checkAsked = useStoryEngine(checkRequest);
  // The check of this story (against the report chosen before, while the one chosen now is
  // being checked: the result stays on screen instead of flashing away).
  const answered = checkAsked.latest;
  const engineFailure = placesAsked.failure ?? checkAsked.failure;
  const result =
    request &&
    !engineFailure &&
    answered?.request.text === request.text &&
    answered.request.publicationDate === request.publicationDate
      ? answered.answer.check
      : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = ++checks.current;
    const publicationDate = isIsoDate(published) ? published : undefined;
    setRequest({ text, publicationDate });
    setReportDate(null);
    setLinkUnreadable(false);
    // The text goes into the address (after the #, which no server sees), if a link can carry it.
    const url = `${window.location.pathname}${window.location.search}`;
    let length: number | null = null;
    let fragment = '';
    try {
      ({ fragment, length } = await storyFragment(text));
    } catch {
      // No compression in this browser: the check stands, the link cannot carry it.
    }
    if (check !== checks.current) return;
    if (length !== null && length <= MAX_STORY_FRAGMENT) {
      window.history.replaceState(window.history.state, '', `${url}#${fragment}`);
      setTooLong(null);
    } else {
      window.history.replaceState(window.history.state, '', url);
      setTooLong(length);
    }
  };
  const regionName = useCallback(
    (code: string) => {
      const region = regions?.find((candidate) => candidate.code === code);
      return code === RUSSIA
        ? m().common.russia
        : region
          ? m().placePicker.regionName(region)
          : code;
    },
    [regions],
  );

  const failure = catalogueError ?? series.error;
  const loading = request !== null && result === null && !failure && !engineFailure;
  return (
    <div className="panel story-check">
      <p>{t.intro}</p>
      {linkUnreadable ? (
        <Notice tone="error" onDismiss={() => setLinkUnreadable(false)}>
          <p>{t.badLink}</p>
        </Notice>
      ) : null}
      <form className="story-check__form" onSubmit={(event) => void submit(event)}>
        <label htmlFor={textId}>{t.textLabel}</label>
        <textarea
          id={textId}
          value={text}
          rows={8}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <div className="story-check__row">
          <label htmlFor={dateId}>
            {t.publicationLabel}
            <input
              id={dateId}
              type="date"
              value={published}
              min="2020-01-01"
              max="2023-12-31"
              onChange={(event) => setPublished(event.currentTarget.value)}
            />
          </label>
          <button type="submit" className="button" disabled={text.trim() === ''}>
            {t.check}
          </button>
        </div>
      </form>
      {failure ? (
        <Notice
          tone="error"
          onRetry={() => {
            void refetch();
            series.retry();
          }}
        >
          <p>{t.dataFailed(errorText(failure))}</p>
        </Notice>
      ) : null}
      {engineFailure ? (
        <Notice
          tone="error"
          onRetry={() => {
            retryStoryEngine();
            // The same story asked again: a new request, so the engine is asked anew.
            setRequest((asked) => asked && { ...asked });
          }}
        >
          <p>{engineFailure === 'unavailable' ? t.engineFailed : t.engineError}</p>
        </Notice>
      ) : null}
      {/* Always there, so that what it says is announced: loading, then the count of verdicts. */}
      <p role="status" className="story-check__status">
        {loading
          ? t.loadingData
          : result && checkAsked.pending
            ? t.checking
            : result
              ? verdictSummary(result)
              : ''}
      </p>
      {result && request ? (
        <StoryResult
          text={request.text}
          result={result}
          askedReport={reportDate}
          tooLong={tooLong}
          regionName={regionName}
          onReportDate={setReportDate}
          hrefForFigure={hrefForFigure}
          onShowFigure={onShowFigure}
        />
      ) : null}
    </div>
  );
}

interface StoryResultProps {
  readonly text: string;
  readonly result: StoryCheck;
  /**
   * The report the reader chose, shown at once while the text is being checked against it (the
   * result shown meanwhile is the check against the report before); null: the engine chooses.
   */
  readonly askedReport: IsoDate | null;
  /** The compressed length, when the text is too long to travel in a link. */
  readonly tooLong: number | null;
  readonly regionName: (code: string) => string;
  readonly onReportDate: (date: IsoDate | null) => void;
  readonly hrefForFigure: (place: PlaceCode, date: IsoDate) => string;
  readonly onShowFigure: (place: PlaceCode, date: IsoDate) => void;
}

const StoryResult = memo(function StoryResult({
  text,
  result,
  askedReport,
  tooLong,
  regionName,
  onReportDate,
  hrefForFigure,
  onShowFigure,
}: StoryResultProps) {
  const t = m().storyCheck;
  const reportId = useId();
  const describe = useMemo(() => t.describer(regionName), [t, regionName]);
  const shownReport =
    askedReport ?? (result.dating.basis === 'none' ? '' : result.dating.reportDate);
  const download = () =>
    saveFile(
      new Blob([resultAsText(text, result, describe)], { type: 'text/plain' }),
      'story-check.txt',
    );
  return (
    <section className="story-check__result" aria-label={t.figuresHeading}>
      {result.truncated ? <p>{t.truncated(result.readLength, result.textLength)}</p> : null}
      <p className="story-check__dating">{describe.describeDating(result.dating)}</p>
      <div className="story-check__row">
        <label htmlFor={reportId}>
          {t.reportLabel}
          <input
            id={reportId}
            type="date"
            value={shownReport}
            min="2020-01-31"
            max="2023-02-03"
            aria-describedby={`${reportId}-help`}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isIsoDate(value)) onReportDate(value);
            }}
          />
        </label>
        {result.dating.basis === 'override' ? (
          <button type="button" className="button" onClick={() => onReportDate(null)}>
            {t.chooseForMe}
          </button>
        ) : null}
        <span id={`${reportId}-help`} className="story-check__help">
          {t.reportHelp}
        </span>
      </div>
      {/* No figure: the status line above says so. */}
      {result.figures.length === 0 ? null : (
        <>
          <h3>{t.textHeading}</h3>
          <MarkedText text={text.slice(0, result.readLength)} figures={result.figures} />
          <h3>{t.figuresHeading}</h3>
          <ol className="story-check__figures">
            {result.figures.map((check, i) => (
              <FigureItem
                key={`${check.figure.span.start}:${check.figure.span.end}`}
                number={i + 1}
                check={check}
                line={describe.describeCheck(check)}
                placeName={check.place ? regionName(check.place) : ''}
                hrefForFigure={hrefForFigure}
                onShowFigure={onShowFigure}
              />
            ))}
          </ol>
        </>
      )}
      {tooLong !== null ? (
        <p className="story-check__share">{t.tooLongToShare(tooLong, MAX_STORY_FRAGMENT)}</p>
      ) : null}
      <button type="button" className="button" onClick={download}>
        {t.download}
      </button>
    </section>
  );
});

function FigureItem({
  number,
  check,
  line,
  placeName,
  hrefForFigure,
  onShowFigure,
}: {
  number: number;
  check: FigureCheck;
  line: string;
  placeName: string;
  hrefForFigure: (place: PlaceCode, date: IsoDate) => string;
  onShowFigure: (place: PlaceCode, date: IsoDate) => void;
}) {
  const t = m().storyCheck;
  const target = check.focus;
  return (
    <li
      className={`story-figure story-figure--${check.verdict}`}
      data-verdict={check.verdict}
      data-report-date={check.reportDate ?? undefined}
      value={number}
    >
      <span className="story-figure__verdict">{t.verdicts[check.verdict]}</span>{' '}
      <q className="story-figure__text">{check.figure.text}</q> {line}{' '}
      {target ? (
        <a
          href={hrefForFigure(target.place, target.reportDate)}
          onClick={followInPlace(() => onShowFigure(target.place, target.reportDate))}
        >
          {t.showInDashboard(formatDate(target.reportDate), placeName)}
        </a>
      ) : null}
    </li>
  );
}

/** "3 verified, 1 refuted, 0 not checkable.", or that no figure was found. */
function verdictSummary(result: StoryCheck): string {
  const t = m().storyCheck;
  if (result.figures.length === 0) return t.noFigures;
  const counts = { verified: 0, refuted: 0, uncheckable: 0 };
  for (const figure of result.figures) counts[figure.verdict]++;
  return t.summary(counts.verified, counts.refuted, counts.uncheckable);
}
