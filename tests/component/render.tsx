/**
 * Renders components the way the app does (with a fresh query client) against a stubbed `fetch`
 * that serves the shipped files, or fails on demand.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';

// A path, not a URL: jsdom replaces the global URL class, which node:fs does not accept.
const publicDir = join(import.meta.dirname, '../../public');

export type FetchBehaviour = 'serve' | 'network-error' | 'http-500' | { body: string };

/** Stubs `fetch` to serve files from public/, or to fail the way `behaviour` says, per path. */
export function stubFetch(behaviourFor: (path: string) => FetchBehaviour = () => 'serve') {
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => {
    const path = String(input)
      .replace(/^https?:\/\/[^/]+/, '')
      .replace(/^\//, '');
    const behaviour = behaviourFor(path);
    if (behaviour === 'network-error') throw new TypeError('Failed to fetch');
    if (behaviour === 'http-500') return new Response('oops', { status: 500 });
    const body =
      typeof behaviour === 'object' ? behaviour.body : readFileSync(join(publicDir, path), 'utf8');
    return new Response(body, { status: 200 });
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

export function renderWithQuery(ui: ReactElement) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Number.POSITIVE_INFINITY } },
  });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
