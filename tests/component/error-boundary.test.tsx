import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ViewNotices } from '../../src/app/view-notices';
import { ErrorBoundary } from '../../src/components/error-boundary';
import { ExternalLink, safeExternalUrl } from '../../src/components/external-link';
import type { ViewNotice } from '../../src/view-state/view-state';

let failing = true;
function Fragile() {
  if (failing) throw new Error('Not an ISO calendar date: "202-01-01"');
  return <p>The chart</p>;
}

describe('ErrorBoundary', () => {
  it('keeps a render error inside its panel, says what failed, and draws it again on Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    failing = true;
    render(
      <main>
        <ErrorBoundary what="The daily new cases chart">
          <Fragile />
        </ErrorBoundary>
        <p>The rest of the page</p>
      </main>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'The daily new cases chart could not be drawn (Not an ISO calendar date: "202-01-01"). The rest of the page still works.',
    );
    expect(screen.getByText('The rest of the page')).toBeInTheDocument();
    failing = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('The chart')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the page’s last boundary', () => {
  it('does not claim the rest of the page works, and offers Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    failing = true;
    render(
      <ErrorBoundary what="Russia COVID-19 dashboard" wholePage>
        <Fragile />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/^The dashboard could not be drawn \(Not an ISO/);
    expect(alert).not.toHaveTextContent('The rest of the page still works');
    failing = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('The chart')).toBeInTheDocument();
  });
});

describe('links from data files', () => {
  it('only absolute http(s) addresses become links', () => {
    expect(safeExternalUrl('https://github.com/k0ka/covid19-russia-data')).toBe(
      'https://github.com/k0ka/covid19-russia-data',
    );
    expect(safeExternalUrl('http://example.org/x')).toBe('http://example.org/x');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox',
      '//evil.example/x',
      '/relative',
      'https//missing-colon',
      '',
    ]) {
      expect(safeExternalUrl(bad), bad).toBeNull();
    }
    render(<ExternalLink url="javascript:alert(1)">k0ka</ExternalLink>);
    expect(screen.getByText('k0ka').closest('a')).toBeNull();
  });
});

describe('ViewNotices', () => {
  const notices = (count: number): ViewNotice[] =>
    Array.from({ length: count }, (_, i) => ({
      param: `p${i}`,
      given: String(i),
      problem: (words) => words.unknownParam,
      usedInstead: (words) => words.ignored,
    }));

  it('lists at most ten problems and counts the rest', () => {
    render(<ViewNotices notices={notices(914)} onDismiss={vi.fn()} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(11);
    expect(items[10]).toHaveTextContent('… and 904 more problems in the same link (not listed).');
  });

  it('isolates every echoed value in <bdi>', () => {
    const { container } = render(<ViewNotices notices={notices(2)} onDismiss={vi.fn()} />);
    expect(container.querySelectorAll('bdi')).toHaveLength(4);
  });
});
