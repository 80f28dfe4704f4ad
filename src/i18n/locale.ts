/**
 * The page's language. English is the app's base path; Russian is `ru/` under it, a page of its
 * own, prerendered in Russian (see vite.config.ts), so that each language is in its first paint.
 */
export type Locale = 'en' | 'ru';
export const LOCALES: readonly Locale[] = ['en', 'ru'];

/** The language tag of the page (`<html lang>`). */
export const HTML_LANG: Record<Locale, string> = { en: 'en-GB', ru: 'ru' };

/** Each language's name in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };

/** The path of a language's page under the app's base (which ends with "/"). */
export function localePath(locale: Locale, base: string): string {
  return locale === 'ru' ? `${base}ru/` : base;
}

/**
 * The address of `to`'s page relative to `from`'s: `ru/` from the English page, `../` from the
 * Russian one, `./` to the same page. Right under whatever path the app is served from, and known
 * before it is: the prerendered page (made at build time) has the same links as the browser's.
 */
export function localePathFrom(from: Locale, to: Locale): string {
  if (from === to) return './';
  return to === 'ru' ? 'ru/' : '../';
}

/** The language of a page path: Russian under `ru/`, English everywhere else. */
export function localeOfPath(pathname: string, base: string): Locale {
  return pathname.startsWith(`${base}ru/`) || pathname === `${base}ru` ? 'ru' : 'en';
}
