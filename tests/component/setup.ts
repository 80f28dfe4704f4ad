import '../english';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

/**
 * jsdom lays nothing out, so nothing is ever near the screen: an IntersectionObserver that never
 * reports keeps the panels below the fold (and the files they load) out of tests that render the
 * whole page. Tests of those panels render them directly.
 */
class QuietIntersectionObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}
globalThis.IntersectionObserver ??=
  QuietIntersectionObserver as unknown as typeof IntersectionObserver;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
