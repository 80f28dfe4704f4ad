import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChartGeometry,
  ChartGeometryContext,
} from '../../src/components/chart/chart-geometry';
import { PIECE_WIDTH } from '../../src/components/chart/path-pieces';
import { SeriesLine } from '../../src/components/chart/series-line';
import type { ChartPoint } from '../../src/features/charts/chart-model';
import { DailyBars } from '../../src/features/charts/daily-bars';
import { lengthTo, strokesOf, subpathsOf } from '../fixtures/path-pieces';

/** A plot 20 px from the left, `spacing` px a day, 1 px per unit up from y = 500. */
const geometryAt = (spacing: number): ChartGeometry => ({
  x: (day) => 20 + day * spacing,
  y: (value) => 500 - value,
  plot: { x: 20, y: 0, width: 1400, height: 500 },
});

function drawn(element: React.ReactElement, spacing = 1.3) {
  return render(
    <ChartGeometryContext.Provider value={geometryAt(spacing)}>
      <svg role="img" aria-label="A chart under test">
        {element}
      </svg>
    </ChartGeometryContext.Provider>,
  ).container;
}

const point = (x: number, value: number | null): ChartPoint =>
  ({ x, value, average: value }) as ChartPoint;

const pathsOf = (svg: HTMLElement, kind: string) => [...svg.querySelectorAll(`.${kind} path`)];

/** The days' values as the strokes a reader should see: one per run of known values. */
function expectedStrokes(values: readonly (number | null)[], spacing: number): string[][] {
  const strokes: string[][] = [];
  let run: string[] | null = null;
  values.forEach((value, day) => {
    if (value === null) {
      run = null;
      return;
    }
    if (!run) {
      run = [];
      strokes.push(run);
    }
    run.push(`${(20 + day * spacing).toFixed(1)} ${(500 - value).toFixed(1)}`);
  });
  return strokes;
}

/** Up to 1,000 days (1,300 px at 1.3 px a day: about 20 pieces), some of them unknown. */
const values = fc.array(fc.option(fc.integer({ min: 0, max: 400 }), { freq: 6 }), {
  minLength: 1,
  maxLength: 1000,
  size: 'max',
});

describe('a line drawn in pieces', () => {
  // A whole period (1.3 px a day) and a week (100 px a day: each segment crosses a piece).
  it.each([1.3, 100])(
    'draws every known day once, in order, breaking only where a value is unknown (%s px a day)',
    (spacing) => {
      fc.assert(
        fc.property(values, (days) => {
          const svg = drawn(
            <SeriesLine
              points={days.map((v, x) => point(x, v))}
              value={(p) => p.value}
              color="red"
            />,
            spacing,
          );
          const pieces = pathsOf(svg, 'series-line').map((path) => path.getAttribute('d') ?? '');
          expect(strokesOf(pieces)).toEqual(expectedStrokes(days, spacing));
          for (const piece of pieces) {
            const points = subpathsOf(piece).flat();
            // A piece draws something: a segment at least, unless its stroke is one point.
            if (points.length === 1) {
              expect(expectedStrokes(days, spacing)).toContainEqual(points);
            }
            // Each piece is a slice of the plot: a segment wider than a piece at most, and
            // the segment it shares with the piece before.
            const xs = points.map((p) => Number(p.split(' ')[0]));
            expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(
              PIECE_WIDTH + 2 * spacing,
            );
          }
        }),
        { numRuns: 40 },
      );
    },
  );

  it('carries a dash pattern on from piece to piece, as one path would', () => {
    const days = Array.from({ length: 600 }, (_, day) =>
      day % 97 === 50 ? null : (day * 7) % 300,
    );
    const svg = drawn(
      <SeriesLine
        points={days.map((v, x) => point(x, v))}
        value={(p) => p.value}
        color="red"
        dash="6 3"
      />,
    );
    const paths = pathsOf(svg, 'series-line');
    const strokes = strokesOf(paths.map((path) => path.getAttribute('d') ?? ''));
    expect(paths.length).toBeGreaterThan(strokes.length);
    let carried = 0;
    for (const path of paths) {
      const first = subpathsOf(path.getAttribute('d') ?? '')[0]?.[0] ?? '';
      const stroke = strokes.find((s) => s.includes(first));
      // How far along its stroke the piece starts: that far into the dash pattern.
      const along = stroke ? lengthTo(stroke, stroke.indexOf(first)) : Number.NaN;
      const offset = Number(path.getAttribute('stroke-dashoffset') ?? 0);
      expect(Math.abs(offset - along)).toBeLessThan(0.1);
      if (along > 0) carried++;
    }
    expect(carried).toBeGreaterThan(5);
  });
});

describe('daily bars drawn in pieces', () => {
  it('draws each day above 0 once, in the piece of the plot it stands in', () => {
    fc.assert(
      fc.property(values, (days) => {
        const svg = drawn(<DailyBars points={days.map((v, x) => point(x, v))} color="red" />);
        const bars = [...svg.querySelectorAll('.daily-bars path')].flatMap((path) => {
          const xs = [...(path.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+) /g)].map((m) =>
            Number(m[1]),
          );
          const pieces = new Set(xs.map((x) => Math.floor((x - 20) / PIECE_WIDTH)));
          expect(pieces.size).toBe(1);
          return xs;
        });
        const expected = days.flatMap((v, day) =>
          v !== null && v > 0 ? [Number((20 + day * 1.3).toFixed(1))] : [],
        );
        expect(bars).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
