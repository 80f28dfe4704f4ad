/**
 * After one visit the dashboard opens without a network, says so and how recent its figures are,
 * and loads anything newer once the network is back.
 */
import { describe, expect, it } from 'vitest';
import { cardValue, setUpHarness, takenOver } from './harness';

const harness = setUpHarness();

describe('offline (production build, headless Chromium)', () => {
  it('opens from what the first visit saved, says it is offline, and recovers', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.baseURL}/?from=2020-05-03&to=2020-05-07`);
    await takenOver(page);
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('11,231');
    // The worker has installed (it saved the pages, the code and the national series).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).length))
      .toBeGreaterThan(0);

    await context.setOffline(true);
    await page.goto(`${harness.baseURL}/?focus=2022-02-11`);
    await takenOver(page);
    await expect.poll(() => cardValue(page, 'New cases').textContent()).toBe('203,949');
    const note = page.locator('.offline-note');
    await expect.poll(() => note.textContent()).toContain('You are offline');
    expect(await note.textContent()).toContain('3 Feb 2023');
    // The Russian page too, from the same visit's files.
    await page.goto(`${harness.baseURL}/ru/?from=2020-05-03&to=2020-05-07`);
    await takenOver(page);
    await expect.poll(() => cardValue(page, 'Новые случаи').textContent()).toBe('11\u00a0231');

    await context.setOffline(false);
    await expect.poll(() => note.count()).toBe(0);
  });
});
