/**
 * The plural form of a count, as each language chooses it (Intl.PluralRules): English has one
 * and other ("1 day", "5 days"); Russian has one, few and many ("1 день", "2 дня", "5 дней",
 * "21 день", "22 дня", "11 дней").
 */
import type { Locale } from './locale';

export interface PluralForms {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

const rules = new Map<Locale, Intl.PluralRules>();

export function pluralForm(locale: Locale, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale === 'ru' ? 'ru-RU' : 'en-GB');
    rules.set(locale, rule);
  }
  const category = rule.select(count);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few ?? forms.other;
  if (category === 'many') return forms.many ?? forms.other;
  return forms.other;
}
