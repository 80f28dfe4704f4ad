import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { renderWithQuery, stubFetch } from './render';

const card = (name: string) => screen.getByRole('region', { name });
const statValue = (name: string) => within(card(name)).getByTestId('stat-value').textContent;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('App', () => {
  // The first test also waits for the app's modules to load and compile.
  it('shows the latest report in the header and the cards', { timeout: 15_000 }, async () => {
    stubFetch();
    renderWithQuery(<App />);
    expect(
      await screen.findByText('3 Feb 2023', { selector: '.page-header__date' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(statValue('New cases')).toBe('9,670'));
    // The official totals stop on 2022-03-11; JHU's total for the same report stands beside them.
    expect(statValue('Total cases')).toBe('Not reported');
    expect(await within(card('Total cases')).findByTestId('stat-alternative')).toHaveTextContent(
      'JHU: 21,668,261',
    );
  });

  it("activating the story's 11,231 shows the report of 2020-05-07 in the cards and the link", {
    timeout: 15_000,
  }, async () => {
    stubFetch();
    renderWithQuery(<App />);
    await waitFor(() => expect(statValue('New cases')).toBe('9,670'));
    // The story's code arrives in a chunk of its own, after the first screen's.
    const mark = await screen.findByRole('button', { name: /^11,231/ }, { timeout: 10_000 });
    await userEvent.click(mark);
    expect(statValue('New cases')).toBe('11,231');
    expect(statValue('Total cases')).toBe('177,160');
    expect(statValue('Total deaths')).toBe('1,625');
    expect(window.location.search).toBe('?focus=2020-05-07');
    expect(screen.getByRole('heading', { level: 2, name: /Key figures/ })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Show the latest report' }));
    expect(statValue('New cases')).toBe('9,670');
    expect(window.location.search).toBe('');
  });

  it('explains a damaged data file, keeps the story, and recovers on Retry', async () => {
    let broken = true;
    const fetchStub = stubFetch((path) =>
      path.startsWith('data/') && broken
        ? { body: '{"format": "russia-covid19-daily-rep' }
        : 'serve',
    );
    renderWithQuery(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/damaged/);
    expect(alert).toHaveTextContent(/truncated/);
    expect(
      await screen.findByText(/Russia’s new coronavirus epidemic continues/),
    ).toBeInTheDocument();
    const officialRequests = () =>
      fetchStub.mock.calls.filter(([url]) => String(url).includes('official-RU')).length;
    const beforeRetry = officialRequests();
    broken = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(statValue('New cases')).toBe('9,670'));
    // A damaged file is not retried by itself: only the reader's Retry asks again.
    expect(officialRequests()).toBe(beforeRetry + 1);
  });

  it('says which row and field is wrong in a file with a bad value', async () => {
    stubFetch((path) => {
      if (!path.startsWith('data/')) return 'serve';
      const file = JSON.parse(
        readFileSync(join(import.meta.dirname, '../../public', path), 'utf8'),
      );
      file.rows[4][2] = 'twelve';
      return { body: JSON.stringify(file) };
    });
    renderWithQuery(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Row 5, field "totalCases": the value "twelve" is not a number.',
    );
  });

  it('shows a network failure with a way on', async () => {
    stubFetch((path) => (path.startsWith('data/') ? 'network-error' : 'serve'));
    renderWithQuery(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be downloaded/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});

describe('App and the link', () => {
  it('opens the view a link describes, and names it in the title', async () => {
    window.history.replaceState(null, '', '/?from=2020-05-03&to=2020-05-07');
    stubFetch();
    renderWithQuery(<App />);
    await waitFor(() => expect(statValue('New cases')).toBe('11,231'));
    expect(screen.getByTestId('range-cases')).toHaveTextContent('53,106');
    expect(document.title).toBe('Russia COVID-19 · 3–7 May 2020');
    expect(screen.getByText('That report is within the dates shown.')).toBeInTheDocument();
  });

  it('shows what a broken link asked for, rewrites it, and lets the notice be dismissed', async () => {
    window.history.replaceState(null, '', '/?from=2020-05-07&to=2020-05-03&scale=<b>log</b>&utm=1');
    stubFetch();
    renderWithQuery(<App />);
    const text = (await screen.findByText(/Part of this link could not be used/)).closest(
      '.notice',
    ) as HTMLElement;
    expect(text).toHaveAttribute('role', 'status');
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(text).toHaveTextContent(
      'scale = “<b>log</b>” is not "linear" or "log"; showing the linear scale.',
    );
    expect(text).toHaveTextContent('utm = “1” is not a setting of this dashboard');
    expect(text).toHaveTextContent(
      'from = “2020-05-07 (after to=2020-05-03)” comes after the end of the range',
    );
    expect(text.querySelector('b')).toBeNull();
    await userEvent.click(within(text).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Part of this link could not be used/)).toBeNull();
  });

  it('a preset changes the range, the cards and the link', async () => {
    stubFetch();
    renderWithQuery(<App />);
    await waitFor(() => expect(statValue('New cases')).toBe('9,670'));
    // The dates are among the view's controls, which open under the bar at the top.
    await userEvent.click(screen.getByRole('button', { name: 'Change place or dates' }));
    await userEvent.click(await screen.findByRole('button', { name: '2020' }));
    expect(window.location.search).toBe('?to=2020-12-31');
    expect(statValue('New cases')).toBe('27,747'); // the report of 31 Dec 2020
    expect(screen.getByText('31 Jan 2020 to 31 Dec 2020 (336 reports)')).toBeInTheDocument();
  });
});
