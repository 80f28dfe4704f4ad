import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/dataset';
import { addDays, isoDate } from '../../src/data/iso-date';
import type { DailyReport } from '../../src/data/report-file';
import {
  buildChartModel,
  CHART_SPECS,
  type ChartPoint,
} from '../../src/features/charts/chart-model';
import { en } from '../../src/i18n/en';
import { setCatalogue } from '../../src/i18n/messages';
import { ru } from '../../src/i18n/ru';

beforeAll(() => setCatalogue('en', en));

/**
 * Reports from 2020-03-01, one a day, where `null` leaves the day out of the file (no report:
 * the dataset fills it in as a gap) and a number is that day's new cases and deaths, with totals
 * that sometimes disagree with them (flagged days). A number below 0 is a revision, as the
 * official series has: the axis and its log start leave it out.
 */
function reports(days: readonly (number | null)[], disagree: readonly boolean[]): DailyReport[] {
  let total = 0;
  const out: DailyReport[] = [];
  days.forEach((value, i) => {
    if (value === null) return;
    total += value;
    out.push({
      date: addDays(isoDate('2020-03-01'), i),
      newCases: value,
      totalCases: disagree[i] ? total + 5 : total,
      newDeaths: Math.floor(value / 10),
      totalDeaths: null,
      newRecovered: null,
      totalRecovered: null,
    });
  });
  return out;
}

const isGap = (p: ChartPoint) => p.flags.some((f) => f.kind === 'missing-report');

describe('a chart model, against the same facts read the slow way from its points', () => {
  it('gives the axis extent, the highest day, the runs without a report and the flagged days', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -500, max: 50_000 }), { freq: 6 }), {
          minLength: 2,
          maxLength: 120,
        }),
        fc.array(fc.boolean(), { maxLength: 120 }),
        fc.nat(),
        fc.nat(),
        (days, disagree, a, b) => {
          // The file's first and last days are reported: a dataset runs from one report to another.
          days[0] ??= 1;
          days[days.length - 1] ??= 1;
          const dataset = buildDataset(reports(days, disagree));
          const first = a % dataset.days.length;
          const last = first + (b % (dataset.days.length - first));
          const range = {
            from: addDays(dataset.firstDate, first),
            to: addDays(dataset.firstDate, last),
          };
          for (const spec of CHART_SPECS) {
            const model = buildChartModel(spec, {
              dataset,
              range,
              scale: 'linear',
              storyDate: isoDate('2020-03-05'),
            });
            const { points } = model;
            expect(points.map((p) => p.date)).toEqual(
              dataset.days.slice(first, last + 1).map((day) => day.date),
            );

            // Values and averages alike: an average can stand above every value of a range that
            // begins just after a high day.
            const known = points
              .flatMap((p) => [p.value, p.average])
              .filter((v): v is number => v !== null);
            expect(model.maxValue).toBe(Math.max(0, ...known));
            const positive = known.filter((v) => v > 0);
            expect(model.minPositive).toBe(positive.length > 0 ? Math.min(...positive) : null);

            const values = points.filter((p) => p.value !== null);
            const highest = values.find(
              (p) => p.value === Math.max(...values.map((q) => q.value as number)),
            );
            expect(model.peak).toEqual(
              highest ? { x: highest.x, date: highest.date, value: highest.value } : null,
            );

            const gapDays = points.filter(isGap).map((p) => p.x);
            expect(model.gaps.flatMap((g) => wholeNumbers(g.x1, g.x2))).toEqual(gapDays);
            for (const gap of model.gaps) expect(gap.length).toBe(gap.x2 - gap.x1 + 1);
            // Runs are apart: two runs side by side would be one.
            for (const [i, gap] of model.gaps.entries()) {
              if (i > 0) expect(gap.x1).toBeGreaterThan((model.gaps[i - 1]?.x2 ?? 0) + 1);
            }

            expect(model.flagged.map((f) => f.date)).toEqual(
              points
                .filter((p) => p.flags.some((f) => f.kind !== 'missing-report'))
                .map((p) => p.date),
            );
            for (const flagged of model.flagged) expect(flagged.text).not.toBe('');

            // The summary counts the days without a report, as the gaps do.
            if (gapDays.length > 0) {
              expect(model.summary).toContain(
                `${gapDays.length} of the ${points.length} report dates`,
              );
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the models of recent views', () => {
  const dataset = buildDataset(
    reports(
      Array.from({ length: 60 }, (_, i) => i * 3),
      [],
    ),
  );
  const [daily, total] = CHART_SPECS;
  if (!daily || !total) throw new Error('no chart specs');
  const view = (from: string, to: string, scale: 'linear' | 'log' = 'linear') => ({
    dataset,
    range: { from: isoDate(from), to: isoDate(to) },
    scale,
    storyDate: isoDate('2020-03-10'),
  });

  it('are kept: going back to a view gives its model again, not a new one', () => {
    const whole = buildChartModel(daily, view('2020-03-01', '2020-04-29'));
    const week = buildChartModel(daily, view('2020-03-01', '2020-03-07'));
    expect(week.points).toHaveLength(7);
    expect(buildChartModel(daily, view('2020-03-01', '2020-04-29'))).toBe(whole);
    // Each thing the model depends on is part of what it is kept by.
    expect(buildChartModel(daily, view('2020-03-01', '2020-04-29', 'log'))).not.toBe(whole);
    expect(buildChartModel(total, view('2020-03-01', '2020-04-29')).spec).toBe(total);
    expect(
      buildChartModel(daily, {
        ...view('2020-03-01', '2020-04-29'),
        storyDate: isoDate('2020-03-11'),
      }),
    ).not.toBe(whole);
  });

  it('are made anew in the language of the page', () => {
    const english = buildChartModel(daily, view('2020-03-02', '2020-04-29'));
    setCatalogue('ru', ru);
    try {
      const russian = buildChartModel(daily, view('2020-03-02', '2020-04-29'));
      expect(russian).not.toBe(english);
      expect(russian.summary).not.toBe(english.summary);
    } finally {
      setCatalogue('en', en);
    }
  });

  it('are only the last few: a brush dragged over many ranges does not keep them all', () => {
    const first = buildChartModel(daily, view('2020-03-03', '2020-04-29'));
    // Eight other ranges (ending 1 to 8 April): the first is the oldest, and is let go.
    for (let day = 1; day <= 8; day++) {
      buildChartModel(daily, view('2020-03-03', `2020-04-0${day}`));
    }
    expect(buildChartModel(daily, view('2020-03-03', '2020-04-29'))).not.toBe(first);
  });
});

/** The whole numbers from `from` to `to`, both included. */
function wholeNumbers(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
