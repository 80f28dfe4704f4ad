import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { addDays, daysBetween, type IsoDate } from '../../data/iso-date';
import type { DateRange } from '../../data/range';

/** About 4 frames a second: slow enough to read the date, quick enough to see a wave move. */
export const FRAME_MS = 250;
/** A frame a week, ending on the last date of the range, so every frame is a whole 7 days. */
const STEP_DAYS = 7;

/** The dates the map steps through: every 7th day of `range`, ending on its last. */
export function playFrames(range: DateRange): IsoDate[] {
  const frames: IsoDate[] = [];
  for (let date = range.to; date >= range.from; date = addDays(date, -STEP_DAYS)) {
    frames.push(date);
  }
  return frames.reverse();
}

/** Where play begins: after the date shown, or from the start when it shows the last frame. */
function firstFrameAfter(frames: readonly IsoDate[], date: IsoDate): number {
  const next = frames.findIndex((frame) => frame > date);
  return Math.max(0, next);
}

export interface MapPlay {
  readonly playing: boolean;
  /** The date shown while playing; null when not playing (the page's date is shown). */
  readonly frame: IsoDate | null;
  readonly canPlay: boolean;
  readonly toggle: () => void;
  /** The next frame, or the end of play after the last (which `onStop` gets). */
  readonly advance: () => void;
}

/**
 * Steps the map through the dates shown, a week a frame, without touching the page's view
 * until it stops: then `onStop` gets the date it stopped on (the page focuses it, so the link
 * keeps it). The frames are moved on by usePlayTicker.
 */
export function useMapPlay(
  range: DateRange,
  date: IsoDate,
  onStop: (date: IsoDate) => void,
): MapPlay {
  const frames = useMemo(() => playFrames(range), [range]);
  const [index, setIndex] = useState<number | null>(null);
  const stopRef = useRef(onStop);
  stopRef.current = onStop;

  // A new range while playing stops the play where it was.
  const rangeKey = `${range.from}/${range.to}`;
  const [playedRange, setPlayedRange] = useState(rangeKey);
  if (playedRange !== rangeKey) {
    setPlayedRange(rangeKey);
    setIndex(null);
  }

  const frame = index === null ? null : (frames[index] ?? null);
  const toggle = useCallback(() => {
    if (index === null) {
      setIndex(firstFrameAfter(frames, date));
      return;
    }
    setIndex(null);
    if (frame) stopRef.current(frame);
  }, [index, frames, date, frame]);
  const advance = useCallback(() => {
    if (index === null) return;
    if (index < frames.length - 1) {
      setIndex(index + 1);
      return;
    }
    setIndex(null);
    if (frame) stopRef.current(frame);
  }, [index, frames, frame]);

  return {
    playing: index !== null,
    frame,
    canPlay: frames.length > 1 && daysBetween(range.from, range.to) > 0,
    toggle,
    advance,
  };
}

/** Moves play on a frame every FRAME_MS, once the frame shown has its figures (`ready`). */
export function usePlayTicker(play: MapPlay, ready: boolean): void {
  // `advance` changes with every frame, so each frame gets its own timer.
  const { playing, advance } = play;
  useEffect(() => {
    if (!playing || !ready) return;
    const timer = setTimeout(advance, FRAME_MS);
    return () => clearTimeout(timer);
  }, [playing, ready, advance]);
}
