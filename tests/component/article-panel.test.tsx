import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ArticlePanel } from '../../src/features/article/article-panel';
import { d } from '../fixtures/reports';
import { renderWithQuery, stubFetch } from './render';

const allData = { from: d('2020-01-31'), to: d('2022-01-20') };

function renderPanel(props: Partial<Parameters<typeof ArticlePanel>[0]> = {}) {
  const onFocusDate = vi.fn();
  renderWithQuery(
    <ArticlePanel shownRange={allData} focusedDate={null} onFocusDate={onFocusDate} {...props} />,
  );
  return onFocusDate;
}

const marks = () => screen.getAllByRole('button').filter((b) => b.hasAttribute('data-claim'));

describe('ArticlePanel', () => {
  it('shows headline, news date and the report date its figures come from', async () => {
    stubFetch();
    renderPanel();
    expect(
      screen.getByRole('heading', { name: /Russia has more than 10,000 new diagnoses/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/News date/)).toHaveTextContent(
      'News date 8 May 2020 · figures from the official report of 7 May 2020',
    );
    expect(screen.getByText('That report is within the dates shown.')).toBeInTheDocument();
    expect(
      await screen.findByText(/Alexei Nikolsky, Sputnik, Kremlin Pool Photo via AP/),
    ).toBeInTheDocument();
  });

  it('marks each of the four figures in the text as verified, with the actual values', async () => {
    stubFetch();
    renderPanel();
    await screen.findByText(/Russia’s new coronavirus epidemic continues/);
    expect(marks().map((m) => [m.dataset.claim, m.textContent])).toEqual([
      ['daily-record', '11,231 ✓ verified'],
      [
        'fifth-day-above-10k',
        'more than 10,000 new diagnoses for the fifth consecutive day ✓ verified',
      ],
      ['total-cases', '177,000 ✓ verified'],
      ['total-deaths', '1,600 ✓ verified'],
    ]);
    expect(marks()[0]).toHaveAccessibleDescription(
      '11,231 new cases in the report of 2020-05-07, more than on any earlier day.',
    );
    expect(marks()[2]).toHaveAccessibleDescription(/177,160 total cases, more than 177,000/);
    expect(marks()[3]).toHaveAccessibleDescription(/1,625 total deaths, more than 1,600/);
  });

  it('focuses the dashboard on the report date when a figure is activated, by click or keyboard', async () => {
    stubFetch();
    const onFocusDate = renderPanel();
    await screen.findByText(/Russia’s new coronavirus epidemic continues/);
    await userEvent.click(marks()[0] as HTMLElement);
    expect(onFocusDate).toHaveBeenLastCalledWith('2020-05-07');
    (marks()[3] as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(onFocusDate).toHaveBeenCalledTimes(2);
  });

  it('says when the report date is outside the dates shown', () => {
    stubFetch();
    renderPanel({ shownRange: { from: d('2021-01-01'), to: d('2021-12-31') } });
    expect(
      screen.getByText(/That report is outside the dates shown \(1 Jan 2021 to 31 Dec 2021\)/),
    ).toBeInTheDocument();
  });

  it('still shows the story, unchecked, without data', async () => {
    stubFetch((path) => (path.startsWith('data/') ? 'network-error' : 'serve'));
    renderPanel({ shownRange: null });
    await screen.findByText(/Russia’s new coronavirus epidemic continues/);
    expect(marks()).toHaveLength(4);
    for (const mark of marks()) expect(mark).toHaveTextContent('checking');
  });

  it('renders the story as text, never as HTML', async () => {
    const original = readFileSync(
      join(import.meta.dirname, '../../public/article/source-article.txt'),
      'utf8',
    );
    const hostile = original.replace(
      'President Putin held',
      '<img src=x onerror="alert(1)"><b>bold</b> President Putin held',
    );
    stubFetch((path) => (path.startsWith('article/') ? { body: hostile } : 'serve'));
    const { container } = renderWithQuery(
      <ArticlePanel shownRange={allData} focusedDate={null} onFocusDate={vi.fn()} />,
    );
    expect(
      await screen.findByText(/<img src=x onerror="alert\(1\)"><b>bold<\/b>/),
    ).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('offers Retry when the text cannot be loaded, and keeps the claims list', async () => {
    stubFetch((path) => (path.startsWith('article/') ? 'http-500' : 'serve'));
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The text of the story could not be loaded (the server answered 500).',
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByText(/New cases in a day, a record/)).toBeInTheDocument();
  });
});
