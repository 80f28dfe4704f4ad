/**
 * The words of "Check a story", in Russian.
 *
 * The describer is the Russian counterpart of createDescriber (src/data/story-check/describe.ts):
 * the same three functions and the same facts, each worded as a whole sentence. Its phrases are
 * built in the one case each sentence needs:
 *   - the report as "по сводке от 7 мая 2020 г." (according to the report), with the region in
 *     brackets, in the nominative, which needs no agreement: "(Москва)";
 *   - what a figure counts in the genitive plural before a dash, "новых случаев — 11 231", which
 *     needs no agreement with the number (unlike "11 231 новый случай", "11 232 новых случая");
 *   - a field named on its own as the label the page shows, in quotes: «Новые случаи».
 */

import type { ReportedField } from '../../data/fields';
import { formatCount, formatDate, formatDateRange } from '../../data/format';
import type {
  FigureCheck,
  OutOfScope,
  Reason,
  ReportDating,
  Verdict,
} from '../../data/story-check/types';
import type { Messages } from '../messages';
import { pluralForm } from '../plural';

/** Ends a sentence with a full stop, unless its last word has one: Russian dates end in "г.". */
const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What a figure counts, before a dash: "По сводке … новых случаев — 11 231". */
const FIELD_GENITIVE: { readonly [F in ReportedField]: string } = {
  newCases: 'новых случаев',
  totalCases: 'всего случаев',
  newDeaths: 'смертей за сутки',
  totalDeaths: 'всего смертей',
  newRecovered: 'выздоровлений за сутки',
  totalRecovered: 'всего выздоровлений',
};

/** The figure's label as the page shows it (the charts' names), for quoting. */
const FIELD_LABEL: { readonly [F in ReportedField]: string } = {
  newCases: 'Новые случаи',
  totalCases: 'Всего случаев',
  newDeaths: 'Смерти за сутки',
  totalDeaths: 'Всего смертей',
  newRecovered: 'Выздоровления за сутки',
  totalRecovered: 'Всего выздоровлений',
};

/** When a check has no field: "по сводке значение — 11 231" (the nominative, also before a dash). */
const ANY_FIGURE = 'значение';

const OUT_OF_SCOPE: { readonly [K in OutOfScope]: string } = {
  tests: 'Числа тестов нет среди официальных показателей, собранных на этой странице',
  vaccinations: 'Данных о вакцинации нет среди официальных показателей, собранных на этой странице',
  hospitalisations:
    'Числа госпитализаций нет среди официальных показателей, собранных на этой странице',
  'active-cases': 'Число активных случаев официальные сводки отдельно не приводят',
};

type Bound = 'more-than' | 'at-least' | 'less-than';

/** "больше 177 000": a bound that holds. */
const BOUND: { readonly [B in Bound]: string } = {
  'more-than': 'больше',
  'at-least': 'не меньше',
  'less-than': 'меньше',
};

/** The same bound, failed: not more than is "не больше", not at least is "меньше". */
const BOUND_FAILED: { readonly [B in Bound]: string } = {
  'more-than': 'не больше',
  'at-least': 'меньше',
  'less-than': 'не меньше',
};

/** "1 символ", "2 символа", "5 символов". */
const characters = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'символ', few: 'символа', many: 'символов', other: 'символа' })}`;

/** "1 день", "2 дня", "5 дней": the nominative and the accusative ("за 2 дня до этого"). */
const days = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'день', few: 'дня', many: 'дней', other: 'дня' })}`;

/** "на протяжении 1 дня", "2 дней", "5 дней", "21 дня": the genitive. */
const daysGenitive = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'дня', few: 'дней', many: 'дней', other: 'дня' })}`;

/** "из 1 цифры", "из 4 цифр", "из 21 цифры": the genitive after "из". */
const ofFigures = (fits: number, total: number) =>
  `${formatCount(fits)} из ${formatCount(total)} ${pluralForm('ru', total, { one: 'цифры', few: 'цифр', many: 'цифр', other: 'цифры' })}`;

/** "сходится 1 из 4", "сходятся 3 из 4", "сходится 21 из 30": the verb agrees with the count. */
const fitVerb = (n: number) =>
  pluralForm('ru', n, { one: 'сходится', few: 'сходятся', many: 'сходятся', other: 'сходится' });

/** "(как и с 1 другой сводкой)", "(как и с 81 другой сводкой)", "(как и с 5 другими сводками)". */
const otherReports = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'другой сводкой', few: 'другими сводками', many: 'другими сводками', other: 'другой сводкой' })}`;

/** "не больше 500 цифр", "не больше 21 цифры": the genitive after "не больше". */
const figuresGenitive = (n: number) =>
  `${formatCount(n)} ${pluralForm('ru', n, { one: 'цифры', few: 'цифр', many: 'цифр', other: 'цифры' })}`;

const signedless = (n: number) => formatCount(Math.abs(n));

/**
 * The engine's lines in Russian, with the page's numbers, dates and region names.
 *
 * `describeReason(reason, what, report)` takes its two phrases in the forms its sentences need
 * (`describeCheck` builds them): `what` in the genitive plural ("новых случаев"), or a nominative
 * that also reads before a dash ("значение"); `report` with its preposition, "по сводке от 7 мая
 * 2020 г." (and the place in brackets after it).
 */
const describer = (placeName: (code: string) => string) => {
  const count = formatCount;
  const date = formatDate;

  /** One line on a figure's verdict. */
  function describeCheck(check: FigureCheck): string {
    const what = check.field ? FIELD_GENITIVE[check.field] : ANY_FIGURE;
    const where = check.place && check.place !== 'RU' ? ` (${placeName(check.place)})` : '';
    const report = check.reportDate
      ? `по сводке от ${date(check.reportDate)}${where}`
      : `по сводке${where}`;
    const { relation } = check.figure;
    if (relation.kind === 'change' && check.dataValue !== null) {
      const change = check.dataValue;
      const since =
        relation.daysBefore === 1 ? 'накануне' : `за ${days(relation.daysBefore)} до этого`;
      const by =
        change === 0
          ? `столько же, сколько ${since}`
          : `на ${signedless(change)} ${change > 0 ? 'больше' : 'меньше'}, чем ${since}`;
      const verdict =
        check.verdict === 'verified'
          ? ', как и указано в тексте.'
          : '; в тексте указано другое изменение.';
      return `${capital(report)} ${what} ${by}${verdict}`;
    }
    return describeReason(check.reason, what, report);
  }

  function describeReason(reason: Reason, what: string, report: string): string {
    const has = (value: number) => `${capital(report)} ${what} — ${count(value)}`;
    switch (reason.kind) {
      case 'equal':
        return `${has(reason.dataValue)}, как и указано в тексте.`;
      case 'rounds-to':
        return `${has(reason.dataValue)}; в тексте это число приведено с точностью до ${count(reason.precision)}.`;
      case 'bound-holds':
        return `${has(reason.dataValue)}, то есть действительно ${BOUND[reason.comparison]} ${count(reason.bound)}.`;
      case 'near':
        return reason.comparison === 'nearly'
          ? `${has(reason.dataValue)}: это меньше числа в тексте не более чем на ${count(reason.tolerance)}.`
          : `${has(reason.dataValue)}: от числа в тексте это отличается не более чем на ${count(reason.tolerance)}.`;
      case 'run-holds':
        return sentence(
          `${capital(what)} было больше ${count(reason.threshold)} на протяжении ${daysGenitive(reason.days)}${reason.days === 1 ? '' : ' подряд'}: ${formatDateRange(reason.from, reason.to)}`,
        );
      case 'record-holds':
        return reason.previousHigh
          ? `${has(reason.dataValue)}: больше, чем в любой из предыдущих дней (прежний максимум — ${count(reason.previousHigh.value)} по сводке от ${date(reason.previousHigh.date)}).`
          : `${has(reason.dataValue)}; это первая сводка, в которой есть этот показатель.`;
      case 'differs':
        return `${has(reason.dataValue)}, а не столько, сколько указано в тексте.`;
      case 'bound-fails':
        return `${has(reason.dataValue)}, то есть ${BOUND_FAILED[reason.comparison]} ${count(reason.bound)}, вопреки тексту.`;
      case 'not-near':
        return reason.comparison === 'nearly'
          ? `${has(reason.dataValue)}: это больше числа в тексте или меньше его более чем на ${count(reason.tolerance)}.`
          : `${has(reason.dataValue)}: от числа в тексте это отличается более чем на ${count(reason.tolerance)}.`;
      case 'run-differs':
        return reason.dataValue === 0 || reason.from === null
          ? `${capital(report)} ${what} не больше ${count(reason.threshold)}, так что серии дней выше этого порога, которая заканчивалась бы этой сводкой, нет.`
          : `${capital(report)} серия дней подряд, когда ${what} было больше ${count(reason.threshold)}, — ${days(reason.dataValue)} (с ${date(reason.from)}), а не ${count(reason.statedDays)}.`;
      case 'not-a-record':
        return `${has(reason.dataValue)}, но по сводке от ${date(reason.higher.date)} было больше — ${count(reason.higher.value)}, так что это не рекорд.`;
      case 'bound-too-loose':
        return `${has(reason.dataValue)}; ${count(reason.bound)} не может быть округлением этого числа, так что в тексте, вероятно, речь о чём-то другом.`;
      case 'out-of-scope':
        return `${OUT_OF_SCOPE[reason.what]}.`;
      case 'percentage':
        return 'Это доля в процентах: официальные сводки приводят абсолютные числа, а от чего взята доля, не сказано.';
      case 'per-capita':
        return 'Это показатель в расчёте на численность населения, а официальные сводки приводят абсолютные числа.';
      case 'metric-unknown':
        return 'Из слов рядом с числом неясно, что именно оно обозначает.';
      case 'foreign-place':
        return `Цифра относится не к России и не к её регионам («${reason.name}»): таких данных здесь нет.`;
      case 'no-report-date':
        return 'Дата сводки не указана, и ни одна сводка не соответствует цифрам текста.';
      case 'place-not-loaded':
        return `${placeName(reason.place)}: данные ещё не загружены.`;
      case 'outside-data':
        return `Данные охватывают период ${formatDateRange(reason.firstDate, reason.lastDate)}; сводки от ${date(reason.reportDate)} среди них нет.`;
      case 'not-reported':
        return `В сводке от ${date(reason.reportDate)} нет показателя «${FIELD_LABEL[reason.field]}».`;
      case 'too-many-figures':
        return `Не проверено: в одном тексте проверяется не больше ${figuresGenitive(reason.limit)}, считая с начала.`;
    }
  }

  /** One line on the report used and why. */
  function describeDating(dating: ReportDating): string {
    switch (dating.basis) {
      case 'override':
        return sentence(`Цифры сверены с выбранной сводкой — от ${date(dating.reportDate)}`);
      case 'publication-date': {
        const published = `Дата публикации — ${date(dating.publicationDate)}`;
        const fits = `с ней ${fitVerb(dating.fits)} ${ofFigures(dating.fits, dating.checkable)}`;
        return dating.reportDate === dating.publicationDate
          ? `${published}: цифры сверены с утренней сводкой того же дня (${fits}, со сводкой накануне — ${count(dating.alternative.fits)}).`
          : `${published}: цифры сверены со сводкой предыдущего дня, от ${date(dating.reportDate)} (${fits}, с утренней сводкой дня публикации — ${count(dating.alternative.fits)}).`;
      }
      case 'best-fit':
        return `Дата публикации не указана: цифры сверены со сводкой от ${date(dating.reportDate)}, с которой ${fitVerb(dating.fits)} ${ofFigures(dating.fits, dating.checkable)}${
          dating.tiedWith > 0 ? ` (как и с ${otherReports(dating.tiedWith)})` : ''
        }${dating.dateInText ? '; на эту сводку указывает дата в тексте' : ''}.`;
      case 'none':
        return dating.why === 'no-checkable-figures'
          ? 'Ни по одной цифре текста нельзя определить сводку: укажите дату публикации или выберите сводку.'
          : 'Ни одна сводка не соответствует цифрам текста: укажите дату публикации или выберите сводку.';
    }
  }

  return { describeCheck, describeReason, describeDating };
};

export const storyCheck: Messages['storyCheck'] = {
  intro:
    'Вставьте текст новости о статистике COVID-19 в России — на русском или английском языке. Каждая приведённая в нём цифра сверяется с официальными сводками: для каждой видно, с какой сводкой и по какому месту она сверена и подтверждают ли её данные.',
  textLabel: 'Текст новости',
  publicationLabel: 'Дата публикации (необязательно)',
  check: 'Проверить',
  clear: 'Очистить',
  checking: 'Проверка…',
  loadingData: 'Загружаются данные по местам, упомянутым в тексте…',
  empty: 'Сначала вставьте текст.',
  noFigures:
    'Цифр для проверки не найдено: в тексте нет числа случаев, смертей или выздоровлений (даты, годы и проценты к ним не относятся).',
  truncated: (read: number, total: number): string =>
    `Длина текста — ${characters(total)}; прочитаны только первые ${characters(read)}.`,
  summary: (verified: number, refuted: number, uncheckable: number): string =>
    `Подтверждено: ${formatCount(verified)}, опровергнуто: ${formatCount(refuted)}, проверить нельзя: ${formatCount(uncheckable)}.`,
  verdicts: {
    verified: 'Подтверждено',
    refuted: 'Опровергнуто',
    uncheckable: 'Проверить нельзя',
  } satisfies Record<Verdict, string>,
  textHeading: 'Текст с отмеченными цифрами',
  figuresHeading: 'Каждая цифра',
  showInDashboard: (date: string, place: string): string => `Показать: ${place}, ${date}`,
  reportLabel: 'Сводка, с которой сверяются цифры',
  reportHelp: 'Выберите другую сводку, чтобы сверить с ней все цифры.',
  chooseForMe: 'Выбрать автоматически',
  describer,
  share: 'Скопировать ссылку на эту проверку',
  shareCopied:
    'Ссылка скопирована. Текст хранится в ней самой, после знака # в адресе, а эту часть браузеры никогда не отправляют на сервер.',
  tooLongToShare: (length: number, limit: number): string =>
    `Этот текст слишком длинный для ссылки: после сжатия — ${characters(length)}, а допустимо не больше ${formatCount(limit)}. Вместо этого скачайте результат.`,
  download: 'Скачать результат',
  badLink:
    'Не удалось прочитать текст из этой ссылки (возможно, она обрезана или изменена). Поле пустое — вставьте текст ещё раз.',
  dataFailed: (reason: string): string =>
    `Не удалось загрузить данные, нужные для проверки (${reason}).`,
  engineFailed:
    'Не удалось загрузить код проверки, поэтому текст не проверен. Попробуйте ещё раз, когда будет связь.',
  engineError:
    'Проверка остановилась на этом тексте, поэтому он не проверен. Попробуйте ещё раз или проверьте его часть покороче.',
  resultFile: {
    title: 'Проверка текста новости по официальным сводкам о COVID-19 в России',
    report: 'Использованная сводка',
    figure: 'Цифра',
  },
};
