import { useId, useSyncExternalStore } from 'react';
import { m } from '../i18n/messages';

/**
 * The page's theme: the system's (no choice stored) or one the reader chose, remembered on this
 * device under the key `theme`. The colours are in global.css, each `light-dark(light, dark)`:
 * with no choice the page follows the system's `prefers-color-scheme`, live; a choice sets
 * `data-theme` on <html>, which fixes `color-scheme`. The inline script in the head of index.html
 * (and ru/index.html) sets it from the stored choice before the first paint, so the page never
 * shows the other theme first; it must read the same key and values as this module.
 */
type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'theme';
const listeners = new Set<() => void>();

function stored(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** What this page shows: read once, then kept as chosen (even where storage is refused). */
let current: ThemeChoice | null = null;
const getChoice = (): ThemeChoice => {
  current ??= stored();
  return current;
};
const getServerChoice = (): ThemeChoice => 'system';

function apply(choice: ThemeChoice): void {
  current = choice;
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  for (const listener of listeners) listener();
}

function choose(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
  apply(choice);
}

/** A choice made in another tab of the page applies here too. */
function onStorage(event: StorageEvent): void {
  if (event.key === KEY || event.key === null) apply(stored());
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) removeEventListener('storage', onStorage);
  };
}

/** Auto (system), Light or Dark, in the header beside the languages. */
export function ThemeSwitch() {
  const t = m().app;
  const id = useId();
  // The prerendered page says "Auto"; the stored choice shows once the page is taken over.
  const choice = useSyncExternalStore(subscribe, getChoice, getServerChoice);
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{t.theme}</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => choose(event.currentTarget.value as ThemeChoice)}
      >
        <option value="system">{t.themeSystem}</option>
        <option value="light">{t.themeLight}</option>
        <option value="dark">{t.themeDark}</option>
      </select>
    </div>
  );
}
