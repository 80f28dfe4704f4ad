/**
 * The size budget of the production build, checked in CI (part of `npm test`, after the build).
 *
 * Limits are set from measurement with a little headroom, and never above the goal of at most
 * 110 KB gzip of JavaScript before the key figures and the story can show. Raise one only with a
 * reason in the commit that does it.
 */
import { bundleSizes } from './bundle-manifest';

const LIMITS = {
  /**
   * The entry and its static imports (measured 2026-11-28: 98.3 KB with one series; 104.2 KB with
   * two sources, gaps, per-panel error boundaries and time-limited loading; 99.7 KB once zod was
   * replaced; 105.4 KB with places, per 100,000 and the comparison in the view; with two
   * languages, 110.1 KB for the English page and 112.3 KB for the Russian one: each page's
   * catalogue of the first screen's words, 6 and 8 KB, and about 2 KB more of code, less the story
   * panel and the date brush, now loaded right after the first screen, and the regions files'
   * parsers, now loaded with the first of those files); 106.2 and 108.3 KB once the code both
   * pages run at start is one chunk (vite.config.ts) instead of a dozen small ones; 107.7 and
   * 109.7 KB with the view bar, the chart take-away button, the embed view and the theme switch,
   * less the footer and the data tables, now loaded after the first screen; 105.9 and 107.6 KB
   * with the offline note, once the dates and sharing controls (closed under the view bar when
   * the page opens) load right after the first screen too; 106.0 and 107.7 KB with JHU's file
   * asked for at start on the default view; 105.7 and 107.5 KB with the story's figures checked by
   * the story-check engine, which loads with the story; 109.2 and 110.9 KB once the charts are
   * drawn by our own frame as part of the first render (the prerendered page is taken over with
   * them: their code can no longer wait in a chunk of its own), less Recharts, which the default
   * view no longer downloads at all; 108.3 and 109.9 KB with the place, per-capita and source
   * controls (closed under the view bar at start), the chart tables' words and the embed view
   * loaded when needed, and without the modulepreload polyfill; 108.8 and 110.5 KB with numbers
   * written without Intl (src/data/number-text.ts, whose first format took 25-45 ms of the start),
   * then 108.3 and 109.8 KB once the words and the CSV's flag notes that only panels loaded later
   * read left the start; 108.3 and 110.0 KB with the buttons pressed before the takeover pressed
   * again, less the suggestion to read the page in Russian, loaded only where it may be shown;
   * 107.8 and 109.2 KB once the notice about a link's problems, and its words, load only for a
   * link that has one; 108.0 and 109.4 KB with the charts drawn in pieces, the last chart models
   * kept, and the story's marked text kept across a change of dates.
   */
  initialGzipKB: 110,
  /**
   * All JavaScript, the charting chunk included (measured 2026-11-28: 198.0 KB; 210.7 KB with the
   * Sources panel, its chart and the corrections list; 217.2 KB with the place picker, the ranking
   * and the comparison of places: each a chunk of its own, loaded only when it is shown; 255.5 KB
   * with the map and the words of both languages, of which each page downloads only its own;
   * 250.8 KB with the start code in one chunk; 285.1 KB with "Check a story": its engine, about
   * 20 KB with its words, loads only when that panel comes near the screen, as do the chart
   * image code and the theme switch's, the footer's and the data tables' code; 287.2 KB with
   * the service worker's registration and the offline note; 287.7 KB after review fixes; 271.8 KB
   * with our own chart frame: Recharts now draws only the comparison charts, loaded with them;
   * 290.5 KB with the story-check worker, which checks the source story off the page's thread,
   * 17.3 KB: the engine is both in it and in the chunk of "Check a story"; 291.4 KB with one
   * worker for both, and the engine's chunk for the page's thread only where there is no worker;
   * 293.0 KB once the notice about a link's problems is a chunk of its own, with a chunk of words
   * per language: about 1.1 KB more in all, as three small files compress less well than the same
   * bytes inside the two start chunks, for 1.4 KB less in every visitor's first download; 293.3 KB
   * with the charts drawn in pieces and the other changes of that stop).
   */
  totalGzipKB: 293.5,
};

const sizes = bundleSizes();
const kb = (bytes: number) => bytes / 1024;
const rows = [
  {
    name: 'JS at start, English page (before key figures and story)',
    value: kb(sizes.initial.gzip),
    limit: LIMITS.initialGzipKB,
  },
  {
    name: 'JS at start, Russian page',
    value: kb(sizes.initialRu.gzip),
    limit: LIMITS.initialGzipKB,
  },
  { name: 'JS in all', value: kb(sizes.total.gzip), limit: LIMITS.totalGzipKB },
];
let failed = false;
for (const row of rows) {
  const ok = row.value <= row.limit;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${row.name}: ${row.value.toFixed(1)} KB gzip (limit ${row.limit} KB)`,
  );
}
if (failed) {
  console.error('The build is over its size budget (scripts/check-size.ts).');
  process.exit(1);
}
