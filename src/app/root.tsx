import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useLayoutEffect } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { m } from '../i18n/messages';
import { App } from './app';

/**
 * The whole React tree, the same in the browser and in the build's prerendered page. The outer
 * boundary is the last line: each panel has its own, so it catches only what escapes them.
 */
export function Root({ queryClient }: { queryClient: QueryClient }) {
  // The view a link asked for is drawn: the prerendered default view's figures, hidden until now
  // (see the script in index.html), are gone, and what this page draws is shown.
  useLayoutEffect(() => document.documentElement.classList.remove('linked-view'), []);
  return (
    <StrictMode>
      <ErrorBoundary what={m().page.title} wholePage>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ErrorBoundary>
    </StrictMode>
  );
}
