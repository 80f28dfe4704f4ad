import { type KeyboardEvent, memo, type PointerEvent, useId, useMemo, useRef } from 'react';
import { useElementWidth } from '../../components/use-element-width';
import type { Dataset } from '../../data/dataset';
import { indexOfDate } from '../../data/dataset';
import { formatDate } from '../../data/format';
import type { IsoDate } from '../../data/iso-date';
import { m } from '../../i18n/messages';
import type { HistoryMode } from '../../view-state/location-store';

interface RangeBrushProps {
  readonly dataset: Dataset;
  readonly range: { readonly from: IsoDate; readonly to: IsoDate };
  /** 'push' for the first change of a drag or of a run of key presses, 'replace' after it. */
  readonly onRangeChange: (from: IsoDate, to: IsoDate, mode: HistoryMode) => void;
}

const HEIGHT = 56;
const HANDLE_WIDTH = 10;
const PAGE_DAYS = 30;

type Grip = 'from' | 'to' | 'window';

/**
 * The whole series in miniature with the shown range as a window on it: drag a handle or the
 * window with a pointer, or move a handle with the keyboard (arrows: a day; Shift+arrows: a week;
 * Page Up/Down: 30 days; Home/End: the ends of the data).
 */
export const RangeBrush = memo(function RangeBrush({
  dataset,
  range,
  onRangeChange,
}: RangeBrushProps) {
  const frame = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const width = useElementWidth(frame, 800) ?? 0;
  const count = dataset.days.length;
  const fromIndex = Math.max(0, indexOfDate(dataset, range.from));
  const toIndex = Math.max(fromIndex, indexOfDate(dataset, range.to));
  const drag = useRef<{
    grip: Grip;
    startX: number;
    from: number;
    to: number;
    moved: boolean;
  } | null>(null);
  const keyRun = useRef(false);
  const pending = useRef<number | null>(null);

  const step = width > 0 ? width / count : 1;
  const xOf = (index: number) => index * step;
  const overview = useMemo(() => overviewPath(dataset, width, HEIGHT - 8), [dataset, width]);

  const emit = (from: number, to: number, mode: HistoryMode) => {
    const a = clamp(Math.min(from, to), 0, count - 1);
    const b = clamp(Math.max(from, to), 0, count - 1);
    const fromDay = dataset.days[a];
    const toDay = dataset.days[b];
    if (fromDay && toDay) onRangeChange(fromDay.date, toDay.date, mode);
  };

  const startDrag = (grip: Grip) => (event: PointerEvent<SVGElement>) => {
    event.preventDefault();
    (event.currentTarget as Element).setPointerCapture?.(event.pointerId);
    drag.current = { grip, startX: event.clientX, from: fromIndex, to: toIndex, moved: false };
  };
  const moveDrag = (event: PointerEvent<SVGElement>) => {
    const current = drag.current;
    if (!current) return;
    const delta = Math.round((event.clientX - current.startX) / step);
    let from = current.from;
    let to = current.to;
    if (current.grip === 'from') from = clamp(current.from + delta, 0, current.to);
    else if (current.grip === 'to') to = clamp(current.to + delta, current.from, count - 1);
    else {
      const shift = clamp(delta, -current.from, count - 1 - current.to);
      from += shift;
      to += shift;
    }
    if (from === fromIndex && to === toIndex) return;
    const mode: HistoryMode = current.moved ? 'replace' : 'push';
    current.moved = true;
    // Several pointer moves can arrive in one frame; draw only the last of them.
    if (pending.current !== null) cancelAnimationFrame(pending.current);
    pending.current = requestAnimationFrame(() => {
      pending.current = null;
      emit(from, to, mode);
    });
  };
  const endDrag = () => {
    drag.current = null;
  };

  const onKey = (grip: 'from' | 'to') => (event: KeyboardEvent<SVGElement>) => {
    const index = grip === 'from' ? fromIndex : toIndex;
    const moves: Record<string, number> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -PAGE_DAYS,
      PageUp: PAGE_DAYS,
      Home: -count,
      End: count,
    };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const by = event.shiftKey && Math.abs(move) === 1 ? move * 7 : move;
    const next =
      grip === 'from' ? clamp(index + by, 0, toIndex) : clamp(index + by, fromIndex, count - 1);
    if (next === index) return;
    emit(
      grip === 'from' ? next : fromIndex,
      grip === 'to' ? next : toIndex,
      keyRun.current ? 'replace' : 'push',
    );
    keyRun.current = true;
  };

  const left = xOf(fromIndex);
  const right = xOf(toIndex + 1);
  const t = m().dateFilter;
  return (
    <div className="range-brush" ref={frame}>
      <p className="range-brush__hint" id={hintId}>
        {t.brushHint}
      </p>
      {width > 0 ? (
        // biome-ignore lint/a11y/useSemanticElements: an SVG drawing that holds two sliders
        <svg
          width={width}
          height={HEIGHT}
          className="range-brush__svg"
          onPointerMove={moveDrag}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          aria-label={t.brush}
          role="group"
        >
          <path d={overview} className="range-brush__overview" transform="translate(0 8)" />
          <rect x={0} y={0} width={left} height={HEIGHT} className="range-brush__outside" />
          <rect
            x={right}
            y={0}
            width={Math.max(0, width - right)}
            height={HEIGHT}
            className="range-brush__outside"
          />
          <rect
            x={left}
            y={0}
            width={Math.max(1, right - left)}
            height={HEIGHT}
            className="range-brush__window"
            onPointerDown={startDrag('window')}
          />
          {(['from', 'to'] as const).map((grip) => {
            const index = grip === 'from' ? fromIndex : toIndex;
            const day = dataset.days[index];
            const x = grip === 'from' ? left - HANDLE_WIDTH / 2 : right - HANDLE_WIDTH / 2;
            return (
              <rect
                key={grip}
                className="range-brush__handle"
                data-handle={grip}
                x={clamp(x, 0, width - HANDLE_WIDTH)}
                y={4}
                width={HANDLE_WIDTH}
                height={HEIGHT - 8}
                rx={3}
                tabIndex={0}
                role="slider"
                aria-label={grip === 'from' ? t.brushStart : t.brushEnd}
                aria-describedby={hintId}
                aria-orientation="horizontal"
                aria-valuemin={0}
                aria-valuemax={count - 1}
                aria-valuenow={index}
                aria-valuetext={day ? formatDate(day.date) : ''}
                onPointerDown={startDrag(grip)}
                onKeyDown={onKey(grip)}
                onFocus={() => {
                  keyRun.current = false;
                }}
              />
            );
          })}
        </svg>
      ) : (
        <div style={{ height: HEIGHT }} />
      )}
    </div>
  );
});

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The daily new cases of the whole series as filled areas, `width` by `height` pixels. A day with
 * no figure ends an area and the next known day starts a new one: a gap is left empty, not drawn
 * as zero.
 */
function overviewPath(dataset: Dataset, width: number, height: number): string {
  const { days } = dataset;
  if (width <= 0 || days.length === 0) return '';
  const overviewValue = (day: Dataset['days'][number]) => day.newCasesAvg7 ?? day.newCases;
  let max = 0;
  for (const day of days) max = Math.max(max, overviewValue(day) ?? 0);
  const step = width / days.length;
  let path = '';
  let inArea = false;
  let lastX = 0;
  days.forEach((day, i) => {
    const value = overviewValue(day);
    if (value === null) {
      if (inArea) path += `L${lastX.toFixed(1)} ${height}Z`;
      inArea = false;
      return;
    }
    const x = i * step + step / 2;
    if (!inArea) path += `M${x.toFixed(1)} ${height}`;
    path += `L${x.toFixed(1)} ${(height - (value / (max || 1)) * height).toFixed(1)}`;
    inArea = true;
    lastX = x;
  });
  return inArea ? `${path}L${lastX.toFixed(1)} ${height}Z` : path;
}
