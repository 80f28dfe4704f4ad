import { useEffect, useState } from 'react';
import { localePath } from '../i18n/locale';

const SUGGESTED_KEY = 'language-suggested';

/**
 * Its words are Russian whatever the page's language, so they are in neither catalogue: this
 * module is loaded only where it may be shown (see `LanguageSuggestionSlot`).
 */
const WORDS = {
  text: 'Эта страница есть на русском языке.',
  link: 'Открыть по-русски',
  dismiss: 'Закрыть',
};

/**
 * On the English page, to a browser whose first language is Russian, once (not again after it
 * was shown, followed or dismissed): a suggestion to read the page in Russian. Never a redirect.
 */
export function LanguageSuggestion() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    try {
      if (localStorage.getItem(SUGGESTED_KEY)) return;
      localStorage.setItem(SUGGESTED_KEY, '1');
    } catch {
      // Storage refused (private mode): offer it on this visit all the same.
    }
    setShown(true);
  }, []);
  if (!shown) return null;
  return (
    <aside className="language-suggestion" lang="ru" aria-label={WORDS.text}>
      <p>
        {WORDS.text}{' '}
        {/* Drawn only in the browser, where the app's root (BASE_URL) is known: a full path. */}
        <a
          href={`${localePath('ru', import.meta.env.BASE_URL)}${window.location.search}`}
          hrefLang="ru"
        >
          {WORDS.link}
        </a>
      </p>
      <button type="button" className="button" onClick={() => setShown(false)}>
        {WORDS.dismiss}
      </button>
    </aside>
  );
}
