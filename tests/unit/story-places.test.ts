/**
 * Which places a text names: every region by its catalogue names in English and Russian, Russian
 * names in their grammatical cases, the other names reports use, and what is not a place.
 */
import { describe, expect, it } from 'vitest';
import { shippedRegions } from '../../scripts/lib/story-data';
import { placesMentioned } from '../../src/data/story-check/check-story';
import { formsOf, matchesForms } from '../../src/data/story-check/russian-inflection';

const regions = shippedRegions();
const places = (text: string) => placesMentioned(text, regions);
/** The regions a text names, without Russia (always listed first). */
const regionsIn = (text: string) => places(text).filter((code) => code !== 'RU');

/**
 * The genitive of a name made of an adjective and a kind of region: "Ивановская область" ->
 * "Ивановской области", "Алтайский край" -> "Алтайского края". The tests' own inflection.
 */
function genitive(name: string): string | null {
  const match = /^(\S+?)(ая|ий|ый|ой) (автономн(?:ый|ая) )?(область|край|округ)$/.exec(name);
  if (!match) return null;
  const [, stem, ending, autonomous, kind] = match as unknown as [
    string,
    string,
    string,
    string | undefined,
    string,
  ];
  const adjective = ending === 'ая' ? 'ой' : 'ого';
  const middle = autonomous
    ? autonomous.startsWith('автономная')
      ? 'автономной '
      : 'автономного '
    : '';
  const noun = { область: 'области', край: 'края', округ: 'округа' }[kind] as string;
  return `${stem}${adjective} ${middle}${noun}`;
}

describe('Russian inflection of names', () => {
  it('matches a noun in every case and nothing longer', () => {
    const moscow = formsOf('москва');
    for (const form of ['москва', 'москвы', 'москве', 'москву', 'москвой']) {
      expect(matchesForms(form, moscow), form).toBe(true);
    }
    expect(matchesForms('московская', moscow)).toBe(false);
    const crimea = formsOf('крым');
    expect(['крым', 'крыма', 'крыму', 'крымом'].every((f) => matchesForms(f, crimea))).toBe(true);
    expect(matchesForms('крымский', crimea)).toBe(false);
  });

  it('matches an adjective in every case', () => {
    const oblast = formsOf('московская');
    for (const form of ['московская', 'московской', 'московскую', 'московском', 'московских']) {
      expect(matchesForms(form, oblast), form).toBe(true);
    }
    expect(matchesForms('московскийрайон', oblast)).toBe(false);
  });

  it('keeps short and indeclinable names as written ("Коми" is not "кому")', () => {
    expect(matchesForms('кому', formsOf('коми'))).toBe(false);
    expect(matchesForms('коми', formsOf('коми'))).toBe(true);
  });
});

describe('places a text names', () => {
  it('finds every region by its catalogue names, in English and in Russian', () => {
    for (const region of regions) {
      expect(regionsIn(`Figures for ${region.nameEn} were published.`), region.nameEn).toEqual([
        region.code,
      ]);
      expect(regionsIn(`Данные по региону ${region.nameRu} опубликованы.`), region.nameRu).toEqual([
        region.code,
      ]);
    }
  });

  it('finds regions named as an adjective and their kind, in the genitive', () => {
    let checked = 0;
    for (const region of regions) {
      const name = genitive(region.nameRu);
      if (!name) continue;
      checked++;
      expect(regionsIn(`Власти ${name} сообщили о новых случаях.`), name).toEqual([region.code]);
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('reads Russian cases of the names in the news', () => {
    const cases: [string, string][] = [
      ['В Москве за сутки выявили', 'RU-MOW'],
      ['мэр Москвы Сергей Собянин', 'RU-MOW'],
      ['в столице выявили', 'RU-MOW'],
      ['в Санкт-Петербурге', 'RU-SPE'],
      ['власти Петербурга', 'RU-SPE'],
      ['в Питере', 'RU-SPE'],
      ['в Московской области', 'RU-MOS'],
      ['в Подмосковье', 'RU-MOS'],
      ['в Свердловской обл.', 'RU-SVE'],
      ['в Ханты-Мансийском автономном округе', 'RU-KHM'],
      ['в Республике Татарстан', 'RU-TA'],
      ['в Татарстане', 'RU-TA'],
      ['в Якутии', 'RU-SA'],
      ['на Кубани', 'RU-KDA'],
      ['в Крыму', 'RU-CR'],
      ['в Севастополе', 'RU-SEV'],
      ['в Нижегородской области', 'RU-NIZ'],
      ['в Новгородской области', 'RU-NGR'],
      ['в Алтайском крае', 'RU-ALT'],
      ['в Республике Алтай', 'RU-AL'],
      ['в Республике Марий Эл', 'RU-ME'],
      ['в Чечне', 'RU-CE'],
    ];
    for (const [text, code] of cases) expect(regionsIn(text), text).toEqual([code]);
  });

  it('reads English names and their kinds, the longer name first', () => {
    const cases: [string, string][] = [
      ['in Moscow', 'RU-MOW'],
      ["Moscow's mayor", 'RU-MOW'],
      ['the Moscow region', 'RU-MOS'],
      ['Moscow Oblast', 'RU-MOS'],
      ['St Petersburg', 'RU-SPE'],
      ['St. Petersburg', 'RU-SPE'],
      ['the Sverdlovsk region', 'RU-SVE'],
      ['the Nizhny Novgorod region', 'RU-NIZ'],
      ['the Novgorod region', 'RU-NGR'],
      ['Altai Krai', 'RU-ALT'],
      ['the Altai Republic', 'RU-AL'],
      ['Chechnya', 'RU-CE'],
      ['Khanty-Mansi Autonomous Okrug', 'RU-KHM'],
      ['the Jewish Autonomous Oblast', 'RU-YEV'],
    ];
    for (const [text, code] of cases) expect(regionsIn(text), text).toEqual([code]);
  });

  it('does not take an adjective without its kind, or a common word, for a region', () => {
    for (const text of [
      'московские врачи',
      'Крымский мост',
      'кому это выгодно',
      'in Krasnodar city',
      'Марии Ивановой',
      'the Altai mountains',
      'на Алтае',
    ]) {
      expect(regionsIn(text), text).toEqual([]);
    }
  });

  it('lists Russia first and each region once, in the order first named', () => {
    expect(places('В Москве и Московской области, а также в Москве')).toEqual([
      'RU',
      'RU-MOW',
      'RU-MOS',
    ]);
    expect(places('Nothing here')).toEqual(['RU']);
  });

  it('leaves a dateline out: it says where the story was filed, not what it is about', () => {
    expect(places('MOSCOW, May 8 (Reuters) - Russia reported 10,699 new cases.')).toEqual(['RU']);
    expect(places('МОСКВА, 7 мая. /ТАСС/. Число случаев выросло.')).toEqual(['RU']);
    expect(places('Москва. 8 мая. INTERFAX.RU - Число случаев выросло.')).toEqual(['RU']);
    // The same name inside a sentence is a place.
    expect(places('Russia reported 10,699 new cases, 5,846 of them in Moscow.')).toEqual([
      'RU',
      'RU-MOW',
    ]);
  });
});
