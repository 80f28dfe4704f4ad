import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeViewControls, setUpHarness } from './harness';

const harness = setUpHarness();

interface Stop {
  readonly tag: string;
  readonly role: string | null;
  readonly name: string;
  /** The focus indicator the element shows: an outline, or a stroke for SVG handles. */
  readonly indicator: string;
}

/** Where focus is now, and what shows it. */
async function focused(page: Page): Promise<Stop> {
  return (await page.evaluate(`(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'outline' : '';
    const stroke = el instanceof SVGElement && parseFloat(style.strokeWidth) >= 3 ? 'stroke' : '';
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || '').trim().slice(0, 60),
      indicator: outline || stroke || 'none',
    };
  })()`)) as Stop;
}

const search = (page: Page) => new URL(page.url()).search;

describe('keyboard only', () => {
  it('reaches every control with Tab, each with a visible focus indicator', async () => {
    const page = await harness.open('/?focus=2020-05-07');
    await page
      .locator('[data-chart-panel=daily-deaths] .daily-bars path')
      .first()
      .waitFor({ state: 'attached' });
    const stops: Stop[] = [];
    // The table of 85 regions puts many links before the story: enough presses to pass them.
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (stop.tag === 'body') break;
      stops.push(stop);
      // The view's controls open under the bar at the top, by keyboard like the rest.
      if (stop.name === 'Change place or dates' && stops.length < 10) {
        await page.keyboard.press('Enter');
      }
    }
    const names = stops.map((s) => s.name);
    for (const expected of [
      'Skip to the figures',
      'Change place or dates',
      'Choose a region',
      'All data',
      "The story's run (3–7 May 2020)",
      '2021',
      'Copy link',
      'Apply',
      'Show the latest report',
      'Show table',
      'Linear',
      'Log',
      'Start of the dates shown',
      'End of the dates shown',
    ]) {
      expect(names).toContain(expected);
    }
    // Chromium stops on each part of a date field (month, day, year).
    expect([...new Set(stops.filter((s) => s.tag === 'input').map((s) => s.name))]).toEqual([
      'from',
      'to',
    ]);
    expect(stops.filter((s) => s.name.startsWith('11,231'))).toHaveLength(1);
    // In the footer, and in the Sources panel once it has loaded.
    expect(stops.filter((s) => s.tag === 'a' && s.name.includes('k0ka')).length).toBeGreaterThan(0);
    const invisible = stops.filter((s) => s.indicator === 'none');
    expect(invisible).toEqual([]);
  });

  it('changes the range with a preset, the date fields and the brush, without a mouse', async () => {
    const page = await harness.open('/');
    await page.locator('[data-testid=stat-value]').first().waitFor();

    const toggle = page.getByRole('button', { name: 'Change place or dates' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: 'Last 90 days' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe('?from=2022-11-06');

    // The date fields, typed segment by segment as a keyboard user would (en-US: mm/dd/yyyy;
    // Tab moves through a field's segments, so each field is entered from its start).
    await page.getByLabel('From', { exact: true }).focus();
    await page.keyboard.type('03012021');
    await page.getByLabel('To', { exact: true }).focus();
    await page.keyboard.type('03312021');
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page)).toBe('?from=2021-03-01&to=2021-03-31');
    // Escape closes the controls and gives focus back to the button that opened them.
    await closeViewControls(page);
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('view-bar__toggle')),
    ).toBe(true);

    const start = page.getByRole('slider', { name: 'Start of the dates shown' });
    await start.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => search(page)).toBe('?from=2021-03-02&to=2021-03-31');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => search(page)).toBe('?from=2021-03-09&to=2021-03-31');
    expect(await start.getAttribute('aria-valuetext')).toBe('9 Mar 2021');
    await page.getByRole('slider', { name: 'End of the dates shown' }).focus();
    await page.keyboard.press('End');
    await expect.poll(() => search(page)).toBe('?from=2021-03-09');

    // A run of key presses on a handle is one step of history.
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?from=2021-03-09&to=2021-03-31');
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?from=2021-03-01&to=2021-03-31');
  });
});
