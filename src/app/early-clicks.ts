/**
 * Buttons pressed on the prerendered page before its code has taken it over.
 *
 * The page paints from its HTML alone, and asks for its code only after that first paint
 * (scripts/lib/start-after-paint.ts), then for its data; on a slow phone a reader can press a
 * button seconds before anything listens to it. The page's first inline script (index.html)
 * records each press on a button of the page, in order, until `takeEarlyClicks` is called; the
 * boot presses them again once React listens, which hydrates the page at once to answer them.
 */

/** The list the inline script fills, on `window`; null once the page's code has taken it. */
interface EarlyClickWindow {
  __earlyClicks?: Element[] | null;
}

/** Stops recording and returns the buttons pressed so far, in order. */
export function takeEarlyClicks(): readonly Element[] {
  const early = window as EarlyClickWindow;
  const clicks = early.__earlyClicks ?? [];
  early.__earlyClicks = null;
  return clicks;
}

/**
 * Presses the buttons again, in order, each once React has answered the one before (it applies a
 * click's changes in a microtask): a second press of a toggle then meets the state the first left,
 * as the reader's did. Not called for a page drawn anew instead of taken over (boot.tsx): its
 * buttons are new ones, and a press meant something only on the page it was made on. A button no
 * longer in the page is left out.
 */
export async function replayClicks(buttons: readonly Element[]): Promise<void> {
  for (const button of buttons) {
    if (!button.isConnected || !(button instanceof HTMLElement)) continue;
    button.click();
    await Promise.resolve();
  }
}
