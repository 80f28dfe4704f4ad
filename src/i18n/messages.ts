/**
 * The words of the page, in one catalogue per language: src/i18n/en is the reference, and
 * src/i18n/ru must have every key of it with the same arguments (the type check fails otherwise).
 * Messages with figures are functions that word the facts they are given, with the plural forms
 * of their language (see plural.ts); no sentence is glued from fragments.
 *
 * A page is in one language for its whole life (the other language is another page, see
 * locale.ts), so the active catalogue is set once, before the first render (`setCatalogue`), and
 * `m()` returns it: each language's page loads only its own catalogue.
 */
import type { en } from './en/index';
import type { Locale } from './locale';

/** A catalogue's shape: English's keys, with any string where English has a literal. */
type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R extends string ? string : R
    : { readonly [K in keyof T]: Shape<T[K]> };

export type Messages = Shape<typeof en>;

let active: { locale: Locale; messages: Messages } | null = null;

/** Sets the page's language and words; called once by the entry point of each language's page. */
export function setCatalogue(locale: Locale, messages: Messages): void {
  active = { locale, messages };
}

/** The page's words. */
export function m(): Messages {
  if (!active) throw new Error('No language set: call setCatalogue before rendering');
  return active.messages;
}

/** The page's language. */
export function pageLocale(): Locale {
  return active?.locale ?? 'en';
}
