/**
 * The words that say what a figure is about, in English and Russian, as they are written in wire
 * reports (Interfax, TASS, RIA, Reuters, AP). Phrases are regular-expression sources over folded
 * text (lower case, ё as е); `\p{L}*` stands for the endings of a Russian word.
 */
import type { Metric } from '../fields';
import { vocabulary } from './term-search';
import type { OutOfScope, Period } from './types';

/** What a counted noun or verb says a figure counts. */
export type SubjectTerm = Metric | OutOfScope | 'people' | 'other';

export const SUBJECT_TERMS = vocabulary<SubjectTerm>([
  {
    kind: 'cases',
    phrases: [
      'cases?',
      'infections?',
      'diagnos[ie]s',
      'diagnosis',
      'positive tests?',
      'caseload',
      // A tally without a noun is of cases ("the national tally"); "death tally" is below.
      'tally',
      'tested positive',
      'infected',
      'случа(?:й|я|ев|и|ях|ям|ями)',
      'заражени(?:е|я|й|ю|ями|ях)',
      'заразил(?:ись|ось|ся|ась)',
      'заразивш\\p{L}*',
      'инфицирован\\p{L}*',
      'инфицировал\\p{L}*',
      'заболевш\\p{L}*',
      'заболевани(?:е|я|й|ями)',
      'заболел\\p{L}*',
      'выявлен\\p{L}*',
      'выявил\\p{L}*',
      'выявлял\\p{L}*',
      'диагностирован\\p{L}*',
    ],
  },
  {
    kind: 'deaths',
    phrases: [
      'deaths?',
      'died',
      'dead',
      'fatalit(?:y|ies)',
      'death toll',
      'death tally',
      'deceased',
      'lives',
      'killed',
      'умер\\p{L}*',
      'умерл\\p{L}*',
      'умерш\\p{L}*',
      'скончал\\p{L}*',
      'скончавш\\p{L}*',
      'смерт\\p{L}*',
      'летальн\\p{L}*(?: исход\\p{L}*| случа\\p{L}*)?',
      'погиб\\p{L}*',
      'жертв\\p{L}*',
      'случа\\p{L}* смерт\\p{L}*',
    ],
  },
  {
    kind: 'recovered',
    phrases: [
      'recover(?:ed|ies|y)',
      'discharged',
      'выздоров\\p{L}*',
      'выписан\\p{L}*',
      'выписал\\p{L}*',
      'излечил\\p{L}*',
      'поправил\\p{L}*',
    ],
  },
  {
    kind: 'tests',
    phrases: [
      'tests?',
      'tested',
      'testing',
      'тест\\p{L}*',
      'протестирован\\p{L}*',
      'исследовани\\p{L}*',
      'анализ\\p{L}*',
      'обследован\\p{L}*',
    ],
  },
  {
    kind: 'vaccinations',
    phrases: [
      'vaccin\\p{L}*',
      'doses?',
      'jabs?',
      'inoculat\\p{L}*',
      'вакцин\\p{L}*',
      'привит\\p{L}*',
      'привил(?:ись|ось|ся|ась|и)',
      'прививк\\p{L}*',
      'доз(?:а|ы|у|ой)?',
    ],
  },
  {
    kind: 'hospitalisations',
    phrases: ['hospitali[sz]\\p{L}*', 'in hospital', 'госпитализ\\p{L}*', 'в больниц\\p{L}*'],
  },
  {
    kind: 'active-cases',
    phrases: [
      'active (?:cases|infections)',
      'still ill',
      'активн\\p{L}* (?:случа\\p{L}*|больн\\p{L}*)',
      'болеют',
      'продолжают лечение',
    ],
  },
  {
    kind: 'people',
    phrases: [
      'people',
      'persons?',
      'patients?',
      'residents?',
      'russians',
      'individuals',
      'человек(?:а)?',
      'людей',
      'пациент\\p{L}*',
      'жител\\p{L}*',
      'россиян\\p{L}*',
      'москвич\\p{L}*',
      'петербуржц\\p{L}*',
      'граждан\\p{L}*',
    ],
  },
  {
    // Counted things that are not people: a number right before one of these is not a figure of
    // the epidemic ("in 85 regions", "1,000 hospital beds"), whatever the clause says around it.
    kind: 'other',
    phrases: [
      'regions?',
      'регион\\p{L}*',
      'субъект\\p{L}*',
      'countries',
      'стран(?:ах|ы|ам)?',
      'cities',
      'город(?:ах|ов|а)',
      'hospitals?',
      'больниц\\p{L}*',
      'beds?',
      'коек',
      'койк\\p{L}*',
      'doctors?',
      'врач\\p{L}*',
      'medics?',
      'медик\\p{L}*',
      'ventilators?',
      'rubles?',
      'roubles?',
      'рубл\\p{L}*',
      'dollars?',
      'доллар\\p{L}*',
      'euros?',
      'leaders?',
      'лидер\\p{L}*',
      'kits?',
      'laboratories',
      'labs?',
      'лаборатор\\p{L}*',
      'centres?',
      'centers?',
      'schools?',
      'школ\\p{L}*',
      'flights?',
      'рейс\\p{L}*',
      'times',
      'раз(?:а)?',
    ],
  },
]);

export const PERIOD_TERMS = vocabulary<Period>([
  {
    kind: 'daily',
    phrases: [
      'new',
      'newly',
      // "daily death toll" is the day's: longer than "death toll" at an earlier start, so it wins.
      'daily (?:\\p{L}+ ){0,2}(?:death toll|toll|tally|count|number|figure|increase|rise)',
      'daily',
      'a day',
      'per day',
      'in a (?:single )?day',
      'in one day',
      'in (?:the )?(?:past|last|previous) (?:24 hours|day)',
      'over (?:the )?(?:past|last|previous) (?:24 hours|day)',
      'in 24 hours',
      'overnight',
      'additional',
      'a further',
      'нов(?:ых|ые|ый|ая|ое|ого|ой|ую|ым)',
      'за (?:последние |минувшие |прошедшие |истекшие )?сутки',
      'за (?:последний |минувший |прошедший )?день',
      'за (?:последние |минувшие )?24 часа',
      'в сутки',
      'суточн\\p{L}*',
      'ежедневн\\p{L}*',
    ],
  },
  {
    kind: 'total',
    phrases: [
      'total',
      'totals',
      'in total',
      'cumulative',
      'overall',
      'in all',
      'so far',
      'to date',
      'tally',
      'toll',
      'death toll',
      'caseload',
      'altogether',
      'since the (?:start|beginning|outset) of the (?:pandemic|outbreak|epidemic)',
      'since the (?:pandemic|outbreak|epidemic) (?:began|started)',
      'всего',
      'общ(?:ее|его|ему|им|ем|ая|ей|ую|ий) (?:число|количество|числа|количества|числом)',
      'общ(?:ее|ий|ая)',
      'за (?:все|всё) время',
      'за весь период',
      'с начала (?:пандемии|эпидемии)',
      'нарастающим итогом',
      'в общей сложности',
      'суммарн\\p{L}*',
      'накопленн\\p{L}*',
      'итого',
    ],
  },
]);

/** "a record", "максимум с начала пандемии": the figure is the highest so far. */
/** What a record is measured since, when a report says so: part of the record phrase. */
const SINCE_START =
  '(?: (?:\\p{L}+ ){0,2}(?:с начала (?:пандемии|эпидемии)|за (?:все|всё) время|since the (?:start|beginning|outset) of the (?:pandemic|outbreak|epidemic)))?';

export const RECORD_TERMS = vocabulary<'record'>([
  {
    kind: 'record',
    phrases: [
      `(?:a |new |another |fresh )?record(?![- ]low)(?:[- ]high| number| daily| tally| increase| rise| toll)?${SINCE_START}`,
      'all-time high',
      'highest (?:\\p{L}+ ){0,2}since the (?:start|beginning|outset) of the (?:pandemic|outbreak|epidemic)',
      'highest (?:\\p{L}+ ){0,2}since the (?:pandemic|outbreak|epidemic) (?:began|started)',
      'highest (?:ever|on record)',
      '(?:biggest|largest|most) (?:\\p{L}+ ){0,2}since the (?:start|beginning|outset) of the (?:pandemic|outbreak|epidemic)',
      `(?:анти)?рекорд\\p{L}*(?![\\p{L}])(?! низк)${SINCE_START}`,
      'максимум\\p{L}* (?:с начала (?:пандемии|эпидемии)|за (?:все|всё) время)',
      'максимальн\\p{L}* (?:\\p{L}+ ){0,2}(?:с начала (?:пандемии|эпидемии)|за (?:все|всё) время)',
      'наибольш\\p{L}* (?:\\p{L}+ ){0,2}(?:с начала (?:пандемии|эпидемии)|за (?:все|всё) время)',
      'историческ\\p{L}* максимум\\p{L}*',
    ],
  },
]);

/** Phrases that date a figure to an earlier report: "a day earlier", "накануне". */
export const EARLIER_REPORT_TERMS = vocabulary<'day' | 'week'>([
  {
    kind: 'day',
    phrases: [
      'a day (?:earlier|before|ago)',
      '(?:on )?the (?:day before|previous day)',
      'накануне',
      'дн[её]м (?:ранее|раньше)',
      'сутками (?:ранее|раньше)',
      'сутки назад',
    ],
  },
  {
    kind: 'week',
    phrases: [
      'a week (?:earlier|before|ago)',
      'the (?:week before|previous week)',
      'неделей (?:ранее|раньше)',
      'неделю назад',
    ],
  },
]);

/** Units after a number that make it a length of time, not a count ("24 hours", "7 дней"). */
export const DURATION_UNITS = startsWithOneOf([
  'hours?',
  'days?',
  'weeks?',
  'months?',
  'years?',
  'minutes?',
  'seconds?',
  'час(?:а|ов)?',
  'д(?:ень|ня|ней|ням|нях)',
  'сут(?:ки|ок|кам|ках)',
  'недел\\p{L}*',
  'месяц\\p{L}*',
  'год(?:а|у|ом)?',
  'лет',
  'минут\\p{L}*',
]);

/** After a number: it is a share ("5%", "5 percent", "5 процентов"). */
export const PERCENT_AFTER =
  /^\s*(?:%|percent(?![\p{L}])|per cent(?![\p{L}])|процент\p{L}*|п\.\s?п\.)/u;

/** After a number: it is a rate per head ("per 100,000", "150 случаев на 100 тыс. жителей"). */
export const PER_CAPITA_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,2}(?:per|на)\s+(?:100[\s,.\u00a0\u202f]?000|100\s?k|100\s*тыс\p{L}*\.?|million|миллион\p{L}*|1\s*млн)/u;

/** Before a number, up to it: how it compares with the value it states. */
export const COMPARISON_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[
    'more than',
    'over',
    'above',
    'in excess of',
    'upwards of',
    'beyond',
    'exceed(?:ed|s|ing)?',
    'surpass(?:ed|es|ing)?',
    'top(?:ped|s|ping)?',
    'pass(?:ed|es|ing)?',
    'crossed',
    'свыше',
    'более(?:,? чем)?',
    'больше(?:,? чем)?',
    'превысил[аои]?',
    'превышает',
    'превышают',
    'превысят',
    'превышающ\\p{L}*',
    'перевалил[аои]? за',
    'at least',
    'no (?:fewer|less) than',
    'не (?:менее|меньше)',
    'как минимум',
    'по меньшей мере',
    'less than',
    'fewer than',
    'under',
    'below',
    'менее(?:,? чем)?',
    'меньше(?:,? чем)?',
    'ниже',
    'не (?:более|больше)',
    'nearly',
    'almost',
    'close to',
    'just (?:under|shy of|below)',
    'почти',
    'без малого',
    'чуть (?:менее|меньше)',
    'немногим (?:менее|меньше)',
    'около',
    'примерно',
    'порядка',
    'приблизительно',
    'about',
    'around',
    'roughly',
    'approximately',
    'some',
    'an estimated',
  ]
    .map((phrase) => phrase.replaceAll(' ', '\\s+'))
    .join(
      '|',
    )})(?:\\s+the|\\s+(?:the\\s+)?(?:mark|threshold|level|milestone)(?:\\s+of)?|\\s+(?:отметку|порог|рубеж|уровень|планку)(?:\\s+в)?)?\\s*[~≈]?\\s*$`,
  'u',
);

/** A pattern for what follows a number: one of `phrases`, right after it. */
function startsWithOneOf(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((phrase) => phrase.replaceAll(' ', '\\s+')).join('|');
  return new RegExp(`^\\s*(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
}

/** What a comparison phrase found by COMPARISON_BEFORE means. */
export function comparisonOf(
  phrase: string,
): 'more-than' | 'at-least' | 'less-than' | 'nearly' | 'about' {
  const p = phrase.replace(/\s+/g, ' ');
  if (
    /^(?:at least|no (?:fewer|less) than|не (?:менее|меньше)|как минимум|по меньшей мере)/.test(p)
  ) {
    return 'at-least';
  }
  if (/^(?:nearly|almost|close to|just |почти|без малого|чуть |немногим )/.test(p)) return 'nearly';
  if (
    /^(?:около|примерно|порядка|приблизительно|about|around|roughly|approximately|some|an estimated)/.test(
      p,
    )
  ) {
    return 'about';
  }
  if (/^(?:less than|fewer than|under|below|менее|меньше|ниже|не (?:более|больше))/.test(p)) {
    return 'less-than';
  }
  return 'more-than';
}
