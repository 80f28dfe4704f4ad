import { useSyncExternalStore } from 'react';
import { lazyModule, useLazyModule } from '../components/lazy-panel';
import { useHydrated } from '../components/use-hydrated';
import { HTML_LANG, LOCALE_NAMES, LOCALES, type Locale, localePathFrom } from '../i18n/locale';
import { m, pageLocale } from '../i18n/messages';
import { getLocationSearch, subscribeToLocation } from '../view-state/location-store';

/**
 * The other languages' pages with the same view: the whole query string is kept. Relative to this
 * page, since the switch is prerendered, before the path the app is served under is known.
 */
function hrefIn(locale: Locale, search: string): string {
  return `${localePathFrom(pageLocale(), locale)}${search}`;
}

/** The current address's query, kept up to date as the view changes (see location-store). */
function useSearch(): string {
  return useSyncExternalStore(subscribeToLocation, getLocationSearch, () => '');
}

/** Links to the page in each language, each keeping the view (all of the address's query). */
export function LanguageSwitch() {
  const search = useSearch();
  const current = pageLocale();
  return (
    <nav className="language-switch" aria-label={m().app.languages}>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="page" lang={HTML_LANG[locale]}>
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <a
                href={hrefIn(locale, search)}
                hrefLang={HTML_LANG[locale]}
                lang={HTML_LANG[locale]}
              >
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

const languageSuggestion = lazyModule(() => import('./language-suggestion'));

/**
 * Where the suggestion to read the page in Russian may go (language-suggestion.tsx): on the
 * English page, to a browser whose first language is Russian. Only there is its code loaded.
 */
export function LanguageSuggestionSlot() {
  const hydrated = useHydrated();
  const wanted =
    hydrated && pageLocale() === 'en' && navigator.language.toLowerCase().startsWith('ru');
  const suggestion = useLazyModule(languageSuggestion, wanted);
  return suggestion.status === 'ready' ? <suggestion.value.LanguageSuggestion /> : null;
}
