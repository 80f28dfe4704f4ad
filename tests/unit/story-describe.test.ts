/**
 * The English wording of reasons and dating (tests, logs, the evaluation script): every reason has
 * a line, and each line states the facts of its reason.
 */
import { describe, expect, it } from 'vitest';
import { describeDating, describeReason } from '../../src/data/story-check/describe';
import { type Reason, type ReasonKind, VERDICT_OF } from '../../src/data/story-check/types';
import { d } from '../fixtures/reports';

const EXAMPLES: { readonly [K in ReasonKind]: Extract<Reason, { kind: K }> } = {
  equal: { kind: 'equal', dataValue: 11_231 },
  'rounds-to': { kind: 'rounds-to', dataValue: 11_231, precision: 100 },
  'bound-holds': {
    kind: 'bound-holds',
    comparison: 'more-than',
    bound: 177_000,
    dataValue: 177_160,
  },
  near: { kind: 'near', comparison: 'nearly', dataValue: 1_625, tolerance: 85 },
  'run-holds': {
    kind: 'run-holds',
    threshold: 10_000,
    days: 5,
    from: d('2020-05-03'),
    to: d('2020-05-07'),
  },
  'record-holds': {
    kind: 'record-holds',
    dataValue: 11_231,
    previousHigh: { date: d('2020-05-03'), value: 10_633 },
  },
  differs: { kind: 'differs', dataValue: 10_699 },
  'bound-fails': { kind: 'bound-fails', comparison: 'less-than', bound: 10_000, dataValue: 11_231 },
  'not-near': { kind: 'not-near', comparison: 'about', dataValue: 37_156, tolerance: 2_000 },
  'run-differs': {
    kind: 'run-differs',
    threshold: 10_000,
    statedDays: 5,
    dataValue: 6,
    from: d('2020-05-03'),
  },
  'not-a-record': {
    kind: 'not-a-record',
    dataValue: 10_699,
    higher: { date: d('2020-05-07'), value: 11_231 },
  },
  'bound-too-loose': {
    kind: 'bound-too-loose',
    comparison: 'more-than',
    bound: 10,
    dataValue: 177_160,
  },
  'out-of-scope': { kind: 'out-of-scope', what: 'tests' },
  percentage: { kind: 'percentage' },
  'per-capita': { kind: 'per-capita' },
  'metric-unknown': { kind: 'metric-unknown' },
  'foreign-place': { kind: 'foreign-place', name: 'США' },
  'no-report-date': { kind: 'no-report-date' },
  'place-not-loaded': { kind: 'place-not-loaded', place: 'RU-MOW' as never },
  'outside-data': {
    kind: 'outside-data',
    reportDate: d('2024-01-01'),
    firstDate: d('2020-01-31'),
    lastDate: d('2023-02-03'),
  },
  'not-reported': { kind: 'not-reported', reportDate: d('2022-09-25'), field: 'newCases' },
  'too-many-figures': { kind: 'too-many-figures', limit: 500 },
};

describe('describing a reason', () => {
  it('words every reason, each differently', () => {
    const lines = (Object.keys(VERDICT_OF) as ReasonKind[]).map((kind) =>
      describeReason(EXAMPLES[kind], 'new cases', 'the report of 2020-05-07'),
    );
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('states the facts of the reason', () => {
    const line = (kind: ReasonKind) =>
      describeReason(EXAMPLES[kind], 'new cases', 'the report of 2020-05-07');
    expect(line('bound-holds')).toBe(
      'The report of 2020-05-07 has 177,160 new cases, more than 177,000.',
    );
    expect(line('bound-fails')).toBe(
      'The report of 2020-05-07 has 11,231 new cases, not fewer than 10,000.',
    );
    expect(line('run-differs')).toBe(
      'The run above 10,000 that ends on the report of 2020-05-07 is 6 days long (from 2020-05-03), not 5.',
    );
    expect(line('not-a-record')).toBe(
      'The report of 2020-05-07 has 10,699 new cases, but 11,231 on 2020-05-07 was higher: not a record.',
    );
    expect(line('out-of-scope')).toBe('Tests are not in the official series this dashboard holds.');
    expect(line('foreign-place')).toBe('It is about США, whose figures are not in this data.');
    expect(line('not-reported')).toBe('The report of 2022-09-25 has no new cases.');
  });
});

describe('describing the dating', () => {
  it('says which report was used and why', () => {
    expect(describeDating({ basis: 'override', reportDate: d('2020-05-08') })).toBe(
      'Checked against the report of 2020-05-08, as chosen.',
    );
    expect(
      describeDating({
        basis: 'publication-date',
        publicationDate: d('2020-05-08'),
        reportDate: d('2020-05-08'),
        fits: 3,
        alternative: { reportDate: d('2020-05-07'), fits: 1 },
        checkable: 4,
      }),
    ).toBe(
      "Published 2020-05-08: checked against that morning's report (3 of 4 figures fit it; 1 fit the day before's).",
    );
    expect(
      describeDating({
        basis: 'best-fit',
        reportDate: d('2020-05-12'),
        fits: 1,
        checkable: 1,
        tiedWith: 81,
        dateInText: { span: { start: 0, end: 6 }, month: 5, day: 12, year: null },
      }),
    ).toBe(
      'No publication date: checked against the report of 2020-05-12, which fits 1 of 1 figures (as do 81 other reports), next to a date in the text.',
    );
    expect(describeDating({ basis: 'none', why: 'no-report-fits' })).toMatch(/No report fits/);
  });
});
