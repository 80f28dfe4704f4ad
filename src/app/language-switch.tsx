import { useEffect, useState, useSyncExternalStore } from 'react';
import { useHydrated } from '../components/use-hydrated';
import {
  HTML_LANG,
  LOCALE_NAMES,
  LOCALES,
  type Locale,
  localePath,
  localePathFrom,
} from '../i18n/locale';
import { m, pageLocale } from '../i18n/messages';
import { getLocationSearch, subscribeToLocation } from '../view-state/location-store';

const SUGGESTED_KEY = 'language-suggested';

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

/**
 * On the English page, to a browser whose first language is Russian, once (not again after it
 * was shown, followed or dismissed): a suggestion to read the page in Russian. Never a redirect.
 */
export function LanguageSuggestion() {
  const hydrated = useHydrated();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (pageLocale() !== 'en' || !navigator.language.toLowerCase().startsWith('ru')) return;
    try {
      if (localStorage.getItem(SUGGESTED_KEY)) return;
      localStorage.setItem(SUGGESTED_KEY, '1');
    } catch {
      // Storage refused (private mode): offer it on this visit all the same.
    }
    setShown(true);
  }, []);
  if (!hydrated || !shown) return null;
  return (
    <aside className="language-suggestion" lang="ru" aria-label={m().app.suggestion}>
      <p>
        {m().app.suggestion}{' '}
        {/* Drawn only in the browser, where the app's root (BASE_URL) is known: a full path. */}
        <a
          href={`${localePath('ru', import.meta.env.BASE_URL)}${window.location.search}`}
          hrefLang="ru"
        >
          {m().app.suggestionLink}
        </a>
      </p>
      <button type="button" className="button" onClick={() => setShown(false)}>
        {m().app.suggestionDismiss}
      </button>
    </aside>
  );
}
