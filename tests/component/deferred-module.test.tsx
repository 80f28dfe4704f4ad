import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LazyPanel, lazyModule } from '../../src/components/lazy-panel';
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

describe('LazyPanel', () => {
  it('says it is busy while its code downloads, then shows the panel', async () => {
    let arrive: (value: string) => void = () => {};
    const module = lazyModule(() => new Promise<string>((resolve) => (arrive = resolve)));
    const { container } = render(
      <LazyPanel module={module} what="The notice" placeholderHeight="5rem" eager>
        {(text) => <p>{text}</p>}
      </LazyPanel>,
    );
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    await act(async () => arrive('the panel'));
    expect(screen.getByText('the panel')).toBeInTheDocument();
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('offers Dismiss beside Retry when its code does not arrive, where the reader may do without', async () => {
    const onDismiss = vi.fn();
    const module = lazyModule(async (): Promise<string> => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    render(
      <LazyPanel
        module={module}
        what="The notice"
        placeholderHeight="5rem"
        eager
        onDismiss={onDismiss}
      >
        {(text) => <p>{text}</p>}
      </LazyPanel>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The notice');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
