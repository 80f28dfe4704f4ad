import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { deferModule, useDeferredModule } from '../../src/components/use-deferred-module';

function Probe({ module }: { module: ReturnType<typeof deferModule<string>> }) {
  const state = useDeferredModule(module);
  if (state.status === 'ready') return <p>{state.value}</p>;
  if (state.status === 'error') {
    return (
      <button type="button" onClick={state.retry}>
        Retry
      </button>
    );
  }
  return <p>loading</p>;
}

describe('useDeferredModule', () => {
  it('shows the placeholder, then the module', async () => {
    render(<Probe module={deferModule(async () => 'chart code')} />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('chart code')).toBeInTheDocument();
  });

  it('offers a retry when the chunk fails to download, and succeeds on it', async () => {
    let attempts = 0;
    const module = deferModule(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'chart code';
    });
    render(<Probe module={module} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('chart code')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});

describe('deferModule', () => {
  it('downloads a chunk that failed offline again by itself when the browser is back online', async () => {
    let attempts = 0;
    const module = deferModule(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'chart code';
    });
    render(<Probe module={module} />);
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText('chart code')).toBeInTheDocument();
    expect(attempts).toBe(2);
    // Only a failed download is tried again: a later reconnection downloads nothing.
    window.dispatchEvent(new Event('online'));
    expect(attempts).toBe(2);
  });
});
