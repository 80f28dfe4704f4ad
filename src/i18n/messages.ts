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
import type { article } from './en/article';
import type { chartTable } from './en/chart-table';
import type { compare } from './en/compare';
import type { corrections } from './en/corrections';
import type { dateFilter } from './en/date-filter';
import type { footer } from './en/footer';
import type { en } from './en/index';
import type { map } from './en/map';
import type { notices } from './en/notices';
import type { placeControls } from './en/place-controls';
import type { ranking } from './en/ranking';
import type { share } from './en/share';
import type { sources } from './en/sources';
import type { storyCheck } from './en/story-check';
import type { takeAway } from './en/take-away';
import type { Locale } from './locale';

/** A catalogue's shape: English's keys, with any string where English has a literal. */
type Shape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R extends string ? string : R
    : { readonly [K in keyof T]: Shape<T[K]> };

/** The words of the first screen, in every page's first download. */
export type StartMessages = Shape<typeof en>;

/**
 * The words of the panels below the fold, downloaded with each panel's code (lazy-words.ts): a
 * panel renders only once both have arrived, so its words are there whenever it reads them.
 */
export interface PanelMessages {
  readonly map: Shape<typeof map>;
  readonly ranking: Shape<typeof ranking>;
  readonly compare: Shape<typeof compare>;
  readonly sources: Shape<typeof sources>;
  readonly corrections: Shape<typeof corrections>;
  readonly article: Shape<typeof article>;
  readonly storyCheck: Shape<typeof storyCheck>;
  readonly footer: Shape<typeof footer>;
  readonly takeAway: Shape<typeof takeAway>;
  readonly dateFilter: Shape<typeof dateFilter>;
  readonly share: Shape<typeof share>;
  readonly chartTable: Shape<typeof chartTable>;
  readonly placeControls: Shape<typeof placeControls>;
  readonly notices: Shape<typeof notices>;
}
export type PanelNamespace = keyof PanelMessages;

export type Messages = StartMessages & PanelMessages;

let active: { locale: Locale; messages: StartMessages & Partial<PanelMessages> } | null = null;

/** Sets the page's language and words; called once by the entry point of each language's page. */
export function setCatalogue(
  locale: Locale,
  messages: StartMessages & Partial<PanelMessages>,
): void {
  active = { locale, messages: { ...messages } };
}

/** Adds a panel's words to the page's catalogue, once they have downloaded. */
export function addPanelWords<N extends PanelNamespace>(
  namespace: N,
  words: PanelMessages[N],
): void {
  if (!active) throw new Error('No language set: call setCatalogue before loading words');
  active.messages = { ...active.messages, [namespace]: words };
}

/**
 * The page's words. A panel's words are typed as present: they are, wherever that panel's code
 * runs, since it arrives with them (see lazy-words.ts).
 */
export function m(): Messages {
  if (!active) throw new Error('No language set: call setCatalogue before rendering');
  return active.messages as Messages;
}

/** The page's language. */
export function pageLocale(): Locale {
  return active?.locale ?? 'en';
}
