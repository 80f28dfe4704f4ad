/**
 * "Check any story": which figures of a pasted news text the official data supports, for which
 * report, and which it does not. Pure and synchronous: the caller loads the series first (the
 * places `placesMentioned` lists) and passes a lookup.
 *
 *   text -> figures with spans (read-story.ts) -> the report they come from (dating.ts)
 *        -> each figure judged against its report (judge.ts)
 */
import type { Dataset } from '../dataset';
import type { IsoDate } from '../iso-date';
import type { PlaceCode } from '../series';
import { findDateMentions } from './date-mentions';
import { chooseReportDate, reportDateOfMention } from './dating';
import { withoutDatelines } from './figure-place';
import { foldText } from './fold-text';
import { judgeFigure, uncheckableAsWritten } from './judge';
import { MAX_FIGURES, readablePart } from './limits';
import { findPlaceMentions, indexPlaceNames, type PlaceIndex } from './place-mentions';
import { placeNames, type RegionName } from './place-names';
import { placesNamed, readStory } from './read-story';
import type { FigureCheck, StoryCheck, StoryFigure } from './types';
import { VERDICT_OF } from './types';
import { wordsOf } from './words';

export interface CheckOptions {
  /** The day the story was published, if the user knows it. */
  readonly publicationDate?: IsoDate | undefined;
  /** The report to check against, chosen by the user: overrides the engine's choice. */
  readonly reportDate?: IsoDate | undefined;
  /** The official series of a place, if loaded (Russia's: `RU`). */
  readonly datasetFor: (place: PlaceCode) => Dataset | undefined;
  /** The regions' catalogue (data/regions/catalogue.json): their codes and names. */
  readonly regions: readonly RegionName[];
}

export function checkStory(text: string, options: CheckOptions): StoryCheck {
  const read = readablePart(text);
  const reading = readStory(read, placeIndexFor(options.regions));
  const dating = chooseReportDate(reading.figures, reading.dates, options);
  const storyDate = dating.basis === 'none' ? null : dating.reportDate;
  return {
    textLength: text.length,
    readLength: read.length,
    truncated: read.length < text.length,
    dating,
    figures: reading.figures.map((figure, index) =>
      index < MAX_FIGURES ? checkFigure(figure, storyDate, options) : notReadFigure(figure),
    ),
    places: reading.places,
  };
}

/**
 * The places a text names (Russia first, then each region in the order first named): the series
 * to load before calling `checkStory`. Reads only as much of the text as checkStory does.
 */
export function placesMentioned(text: string, regions: readonly RegionName[]): PlaceCode[] {
  const read = readablePart(text);
  const folded = foldText(read);
  const mentions = findPlaceMentions(wordsOf(folded), placeIndexFor(regions));
  return placesNamed(withoutDatelines(read, mentions, findDateMentions(folded)));
}

function checkFigure(
  figure: StoryFigure,
  storyDate: IsoDate | null,
  options: CheckOptions,
): FigureCheck {
  // A date in the figure's own clause ("10,559 on May 6") dates it, whatever report the story is
  // checked against; a date without a year takes the story's.
  const ownDate = figure.dateInClause
    ? reportDateOfMention(figure.dateInClause, storyDate ?? options.publicationDate ?? null)
    : null;
  const date = ownDate ?? storyDate;
  if (date === null) {
    // No report: a figure that could not be checked anyway says why; the others, that no report
    // date was found.
    return uncheckedFigure(figure, uncheckableAsWritten(figure) ?? { kind: 'no-report-date' });
  }
  const judgement = judgeFigure(figure, date, options.datasetFor);
  return {
    figure,
    verdict: VERDICT_OF[judgement.reason.kind],
    reason: judgement.reason,
    reportDate: judgement.reportDate,
    place: judgement.place,
    metric: judgement.metric,
    field: judgement.field,
    fieldBasis: judgement.fieldBasis,
    dataValue: judgement.dataValue,
    focus:
      judgement.place !== null && judgement.reportDate !== null
        ? { place: judgement.place, reportDate: judgement.reportDate, field: judgement.field }
        : null,
  };
}

function uncheckedFigure(figure: StoryFigure, reason: FigureCheck['reason']): FigureCheck {
  return {
    figure,
    verdict: VERDICT_OF[reason.kind],
    reason,
    reportDate: null,
    place: figure.place.kind === 'place' ? figure.place.code : null,
    metric: figure.subject.kind === 'count' ? figure.subject.metric : null,
    field: null,
    fieldBasis: null,
    dataValue: null,
    focus: null,
  };
}

/** A figure past MAX_FIGURES: its number was read, nothing else about it. */
function notReadFigure(figure: StoryFigure): FigureCheck {
  return {
    ...uncheckedFigure(figure, { kind: 'too-many-figures', limit: MAX_FIGURES }),
    place: null,
    metric: null,
  };
}

/** The index of a catalogue's names, built once per catalogue array. */
const indexes = new WeakMap<readonly RegionName[], PlaceIndex>();

function placeIndexFor(regions: readonly RegionName[]): PlaceIndex {
  let index = indexes.get(regions);
  if (!index) {
    index = indexPlaceNames(placeNames(regions));
    indexes.set(regions, index);
  }
  return index;
}
