import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { renderWithQuery, stubFetch } from './render';

describe('App', () => {
  it('loads the data file and shows the latest report date and totals', async () => {
    stubFetch();
    renderWithQuery(<App />);
    expect(await screen.findByText('20 Jan 2022')).toBeInTheDocument();
    expect(screen.getByText('10,938,261')).toBeInTheDocument();
  });

  it('explains a damaged data file and recovers on Retry', async () => {
    let broken = true;
    const fetchStub = stubFetch(() =>
      broken ? { body: '{"format": "russia-covid19-daily-rep' } : 'serve',
    );
    renderWithQuery(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/damaged/);
    expect(alert).toHaveTextContent(/truncated/);
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('10,938,261')).toBeInTheDocument();
    expect(fetchStub).toHaveBeenCalledTimes(2);
  });
});
