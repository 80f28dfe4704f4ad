/**
 * The Russian words of "Check a story": every key of the English catalogue, nothing left in
 * English, and the describer's lines as whole Russian sentences with the page's numbers, dates,
 * plural forms and region names.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setFormatLocale } from '../../src/data/format';
import type { PlaceCode } from '../../src/data/series';
import type {
  FigureCheck,
  Reason,
  ReasonKind,
  Relation,
  StoryFigure,
} from '../../src/data/story-check/types';
import { VERDICT_OF } from '../../src/data/story-check/types';
import { storyCheck as en } from '../../src/i18n/en/story-check';
import { storyCheck as ru } from '../../src/i18n/ru/story-check';
import { d } from '../fixtures/reports';

const NBSP = '\u00a0';
const PLACES: Record<string, string> = { 'RU-MOW': 'Москва', 'RU-TA': 'Республика Татарстан' };
const placeName = (code: string) => PLACES[code] ?? code;

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
    from: d('2020-05-02'),
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
  'place-not-loaded': { kind: 'place-not-loaded', place: 'RU-MOW' as PlaceCode },
  'outside-data': {
    kind: 'outside-data',
    reportDate: d('2024-01-01'),
    firstDate: d('2020-01-31'),
    lastDate: d('2023-02-03'),
  },
  'not-reported': { kind: 'not-reported', reportDate: d('2022-09-25'), field: 'newCases' },
  'too-many-figures': { kind: 'too-many-figures', limit: 500 },
};

/** A figure check as the engine gives it, with only what the describer reads filled in. */
function checkOf(
  reason: Reason,
  extra: { place?: string; field?: FigureCheck['field']; relation?: Relation; dataValue?: number },
): FigureCheck {
  const figure = { relation: extra.relation ?? { kind: 'same-report' } } as StoryFigure;
  return {
    figure,
    verdict: VERDICT_OF[reason.kind],
    reason,
    reportDate: d('2020-05-07'),
    place: (extra.place ?? 'RU') as PlaceCode,
    metric: 'cases',
    field: extra.field === undefined ? 'newCases' : extra.field,
    fieldBasis: 'stated',
    dataValue: extra.dataValue ?? null,
    focus: null,
  };
}

/** Every key path of a catalogue with the kind of its value. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string' || typeof value === 'function') return [`${path}: ${typeof value}`];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, `${path}.${key}`));
  }
  return [`${path}: ${typeof value}`];
}

/** Every string of a catalogue, by its key path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  }
  return [];
}

const CYRILLIC = /[а-яё]/i;

describe('the Russian words of "Check a story"', () => {
  beforeEach(() => setFormatLocale('ru'));
  afterEach(() => setFormatLocale('en'));

  const { describeCheck, describeReason, describeDating } = ru.describer(placeName);
  const report = 'по сводке от 7 мая 2020 г.';
  const line = (kind: ReasonKind) => describeReason(EXAMPLES[kind], 'новых случаев', report);

  it('have every English key, with the same kind of value', () => {
    expect(shape(ru)).toEqual(shape(en));
  });

  it('leave no message in English', () => {
    const english = new Map(strings(en));
    for (const [path, text] of strings(ru)) {
      expect(text.trim(), path).not.toBe('');
      if (/[a-z]/i.test(english.get(path) ?? '')) expect(text, path).toMatch(CYRILLIC);
    }
    const messages = [
      ru.truncated(20_000, 31_415),
      ru.summary(3, 1, 2),
      ru.showInDashboard('7 мая 2020 г.', 'Москва'),
      ru.tooLongToShare(9_000, 8_000),
      ru.dataFailed('network'),
    ];
    for (const text of messages) expect(text).toMatch(CYRILLIC);
  });

  it('word every reason, each differently, in Russian', () => {
    const lines = (Object.keys(VERDICT_OF) as ReasonKind[]).map(line);
    expect(new Set(lines).size).toBe(lines.length);
    for (const text of lines) {
      expect(text).toMatch(CYRILLIC);
      expect(text).not.toMatch(/\b(the|report|cases|not)\b/);
      expect(text).toMatch(/[.]$/);
      expect(text).not.toMatch(/\.\.$/);
    }
  });

  it('state the facts of each reason in whole sentences', () => {
    expect(line('equal')).toBe(
      `По сводке от 7 мая 2020 г. новых случаев — 11${NBSP}231, как и указано в тексте.`,
    );
    expect(line('bound-holds')).toBe(
      `По сводке от 7 мая 2020 г. новых случаев — 177${NBSP}160, то есть действительно больше 177${NBSP}000.`,
    );
    expect(line('bound-fails')).toBe(
      `По сводке от 7 мая 2020 г. новых случаев — 11${NBSP}231, то есть не меньше 10${NBSP}000, вопреки тексту.`,
    );
    expect(line('not-a-record')).toBe(
      `По сводке от 7 мая 2020 г. новых случаев — 10${NBSP}699, но по сводке от 7 мая 2020 г. было больше — 11${NBSP}231, так что это не рекорд.`,
    );
    expect(line('foreign-place')).toBe(
      'Цифра относится не к России и не к её регионам («США»): таких данных здесь нет.',
    );
    expect(line('not-reported')).toBe(
      'В сводке от 25 сент. 2022 г. нет показателя «Новые случаи».',
    );
    expect(line('place-not-loaded')).toBe('Москва: данные ещё не загружены.');
    expect(line('outside-data')).toBe(
      'Данные охватывают период с 31 янв. 2020 г. по 3 февр. 2023 г.; сводки от 1 янв. 2024 г. среди них нет.',
    );
  });

  it('put days in the right plural form', () => {
    const run = (n: number) =>
      describeReason({ ...EXAMPLES['run-holds'], days: n }, 'новых случаев', report);
    expect(run(5)).toBe(
      `Новых случаев было больше 10${NBSP}000 на протяжении 5 дней подряд: с 3 мая 2020 г. по 7 мая 2020 г.`,
    );
    expect(run(2)).toMatch(/на протяжении 2 дней подряд:/);
    expect(run(21)).toMatch(/на протяжении 21 дня подряд:/);
    expect(run(1)).toMatch(/на протяжении 1 дня: /);

    const runDiffers = (n: number) =>
      describeReason({ ...EXAMPLES['run-differs'], dataValue: n }, 'новых случаев', report);
    expect(runDiffers(5)).toBe(
      `По сводке от 7 мая 2020 г. серия дней подряд, когда новых случаев было больше 10${NBSP}000, — 5 дней (с 2 мая 2020 г.), а не 5.`,
    );
    expect(runDiffers(2)).toMatch(/— 2 дня \(с 2 мая 2020 г\.\), а не 5\.$/);
    expect(runDiffers(1)).toMatch(/— 1 день \(с 2 мая 2020 г\.\), а не 5\.$/);
    expect(
      describeReason(
        { ...EXAMPLES['run-differs'], dataValue: 0, from: null },
        'новых случаев',
        report,
      ),
    ).toBe(
      `По сводке от 7 мая 2020 г. новых случаев не больше 10${NBSP}000, так что серии дней выше этого порога, которая заканчивалась бы этой сводкой, нет.`,
    );
  });

  it('name the region and the field of a check, and word a change since an earlier day', () => {
    expect(describeCheck(checkOf(EXAMPLES.equal, { place: 'RU-MOW' }))).toBe(
      `По сводке от 7 мая 2020 г. (Москва) новых случаев — 11${NBSP}231, как и указано в тексте.`,
    );
    expect(describeCheck(checkOf(EXAMPLES.differs, { place: 'RU-TA', field: 'totalDeaths' }))).toBe(
      `По сводке от 7 мая 2020 г. (Республика Татарстан) всего смертей — 10${NBSP}699, а не столько, сколько указано в тексте.`,
    );
    expect(describeCheck(checkOf(EXAMPLES.equal, { field: null }))).toBe(
      `По сводке от 7 мая 2020 г. значение — 11${NBSP}231, как и указано в тексте.`,
    );
    const change = (daysBefore: number, dataValue: number, reason: Reason) =>
      describeCheck(
        checkOf(reason, {
          relation: { kind: 'change', daysBefore, direction: 'more', span: { start: 0, end: 3 } },
          dataValue,
        }),
      );
    expect(change(1, 532, { kind: 'equal', dataValue: 532 })).toBe(
      'По сводке от 7 мая 2020 г. новых случаев на 532 больше, чем накануне, как и указано в тексте.',
    );
    expect(change(2, -14, { kind: 'differs', dataValue: -14 })).toBe(
      'По сводке от 7 мая 2020 г. новых случаев на 14 меньше, чем за 2 дня до этого; в тексте указано другое изменение.',
    );
    expect(change(5, 0, { kind: 'differs', dataValue: 0 })).toMatch(
      /столько же, сколько за 5 дней до этого;/,
    );
  });

  it('say which report was used and why', () => {
    expect(describeDating({ basis: 'override', reportDate: d('2020-05-08') })).toBe(
      'Цифры сверены с выбранной сводкой — от 8 мая 2020 г.',
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
      'Дата публикации — 8 мая 2020 г.: цифры сверены с утренней сводкой того же дня (с ней сходятся 3 из 4 цифр, со сводкой накануне — 1).',
    );
    expect(
      describeDating({
        basis: 'publication-date',
        publicationDate: d('2020-05-08'),
        reportDate: d('2020-05-07'),
        fits: 1,
        alternative: { reportDate: d('2020-05-08'), fits: 0 },
        checkable: 61,
      }),
    ).toBe(
      'Дата публикации — 8 мая 2020 г.: цифры сверены со сводкой предыдущего дня, от 7 мая 2020 г. (с ней сходится 1 из 61 цифры, с утренней сводкой дня публикации — 0).',
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
      'Дата публикации не указана: цифры сверены со сводкой от 12 мая 2020 г., с которой сходится 1 из 1 цифры (как и с 81 другой сводкой); на эту сводку указывает дата в тексте.',
    );
    expect(
      describeDating({
        basis: 'best-fit',
        reportDate: d('2020-05-12'),
        fits: 2,
        checkable: 5,
        tiedWith: 2,
        dateInText: null,
      }),
    ).toBe(
      'Дата публикации не указана: цифры сверены со сводкой от 12 мая 2020 г., с которой сходятся 2 из 5 цифр (как и с 2 другими сводками).',
    );
    expect(describeDating({ basis: 'none', why: 'no-report-fits' })).toMatch(
      /^Ни одна сводка не соответствует цифрам текста/,
    );
  });

  it('count characters with their plural forms', () => {
    expect(ru.truncated(20_000, 31_421)).toBe(
      `Длина текста — 31${NBSP}421 символ; прочитаны только первые 20${NBSP}000 символов.`,
    );
    expect(ru.summary(3, 1, 2)).toBe('Подтверждено: 3, опровергнуто: 1, проверить нельзя: 2.');
  });
});
