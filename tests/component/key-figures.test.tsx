import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/dataset';
import { KEY_FIGURE_SPECS } from '../../src/features/key-figures/key-figure-specs';
import { KeyFigures } from '../../src/features/key-figures/key-figures';
import { d, reportsFrom, shippedDataset } from '../fixtures/reports';
import { renderWithQuery, stubFetch } from './render';

function render(ui: Parameters<typeof renderWithQuery>[0]) {
  stubFetch();
  return renderWithQuery(ui);
}

const card = (name: string) => screen.getByRole('region', { name });

describe('KeyFigures', () => {
  it('has one region per metric, named exactly by the metric', () => {
    render(
      <KeyFigures dataset={shippedDataset()} date={d('2020-05-07')} source="official" national />,
    );
    const names = screen
      .getAllByRole('region')
      .map((region) => region.getAttribute('aria-labelledby'));
    expect(names).toHaveLength(6);
    for (const spec of KEY_FIGURE_SPECS) expect(card(spec.label)).toBeInTheDocument();
  });

  it('shows the values of the date, with changes in figures and in words', () => {
    render(
      <KeyFigures dataset={shippedDataset()} date={d('2020-05-07')} source="official" national />,
    );
    const newCases = within(card('New cases'));
    expect(newCases.getByTestId('stat-value')).toHaveTextContent('11,231');
    expect(card('New cases')).toHaveTextContent('+672 (+6.4%) vs the previous day');
    // 2020-04-30: 7,099 new cases
    expect(card('New cases')).toHaveTextContent('+4,132 (+58.2%) vs 7 days earlier');
    expect(newCases.getByText('Up 672, 6.4%, on the previous day, 6 May 2020')).toHaveClass(
      'visually-hidden',
    );
    expect(card('New cases')).toHaveTextContent('7-day average: 10,094.6');
    expect(card('New cases')).toHaveTextContent('report of 7 May 2020');
    expect(within(card('Total deaths')).getByTestId('stat-value')).toHaveTextContent('1,625');
    expect(within(card('New cases')).getByRole('img')).toHaveAccessibleName(
      /New cases over the 28 days from 10 Apr 2020 to 7 May 2020: between 1,667 and 11,231/,
    );
  });

  it('says a fall in words too', () => {
    render(
      <KeyFigures dataset={shippedDataset()} date={d('2022-01-20')} source="official" national />,
    );
    expect(
      within(card('New deaths')).getByText(/^Down 14, 2\.0%, on the previous day/),
    ).toBeInTheDocument();
    expect(card('New deaths')).toHaveTextContent('▼ −14 (−2.0%) vs the previous day');
  });

  it('says recoveries were not reported before 2020-03-24, never 0', () => {
    render(
      <KeyFigures dataset={shippedDataset()} date={d('2020-03-23')} source="official" national />,
    );
    for (const name of ['Recovered', 'Active cases']) {
      expect(within(card(name)).getByTestId('stat-value')).toHaveTextContent('Not reported');
      expect(card(name)).toHaveTextContent('Not reported before 24 Mar 2020');
      expect(card(name)).not.toHaveTextContent(/\b0\b/);
    }
  });

  it('keeps six placeholder cards of the final layout while loading', () => {
    const { container } = render(
      <KeyFigures dataset={null} date={null} source="official" national />,
    );
    expect(screen.getAllByRole('region')).toHaveLength(6);
    expect(container.querySelectorAll('.skeleton').length).toBeGreaterThan(6);
    expect(screen.queryByTestId('stat-value')).toBeNull();
  });

  it('says when no report survives for a date, and gives no number', () => {
    render(
      <KeyFigures dataset={shippedDataset()} date={d('2022-10-01')} source="official" national />,
    );
    const newCases = card('New cases');
    expect(within(newCases).getByTestId('stat-value')).toHaveTextContent('Not reported');
    expect(newCases).toHaveTextContent('No usable report for this date');
    expect(newCases).not.toHaveTextContent(/\b0\b/);
  });

  it("shows JHU's total beside an unknown official total, labelled as JHU's and without Crimea", async () => {
    render(
      <KeyFigures dataset={shippedDataset()} date={d('2022-06-01')} source="official" national />,
    );
    const total = card('Total cases');
    expect(within(total).getByTestId('stat-value')).toHaveTextContent('Not reported');
    expect(total).toHaveTextContent('Not known after 11 Mar 2022');
    // JHU's total for the report of 2022-06-01 (russia-national-daily-jhu.csv)
    const jhu = await within(total).findByTestId('stat-alternative');
    expect(jhu).toHaveTextContent('JHU: 18,067,977');
    expect(jhu).toHaveTextContent('same report date; excludes Crimea and Sevastopol');
    expect(within(jhu).getByTitle('Johns Hopkins University CSSE')).toHaveTextContent('JHU');
    // The official daily figure is known, so no stand-in is shown for it.
    expect(within(card('New cases')).queryByTestId('stat-alternative')).toBeNull();
  });

  it('warns on every card of a flagged day, and on no card of a clean one', () => {
    // A total that went down on the second day (a revision): its cards carry the warning.
    const revised = buildDataset(
      reportsFrom('2020-05-01', [
        [null, 100, null, 10],
        [null, 90, null, 11],
      ]),
    );
    render(<KeyFigures dataset={revised} date={d('2020-05-02')} source="jhu" national />);
    const warning = within(card('New cases')).getByTestId('stat-warning');
    expect(warning).toHaveTextContent(/Warning: The total of cases went down, from 100 to 90/);
    expect(warning).toHaveTextContent(/is negative \(−10\)/);
    expect(within(card('New deaths')).queryByTestId('stat-warning')).toBeNull();
  });

  it('leaves a gap in the sparkline where a report is missing, not a line across it', () => {
    render(
      <KeyFigures dataset={shippedDataset()} date={d('2022-10-20')} source="official" national />,
    );
    const line = within(card('New cases')).getByRole('img').querySelector('path');
    // 2022-09-23 .. 10-20: the first day is inside the gap of 2022-09-22 .. 10-16, then 4 known
    // days: one stroke. Across 2022-09-20 .. 10-17 there are two.
    expect(line?.getAttribute('d')?.match(/M/g)).toHaveLength(1);
    render(
      <KeyFigures dataset={shippedDataset()} date={d('2022-10-17')} source="official" national />,
    );
    const strokes = within(screen.getAllByRole('region', { name: 'New cases' })[1] as HTMLElement)
      .getByRole('img')
      .querySelector('path')
      ?.getAttribute('d')
      ?.match(/M/g);
    expect(strokes).toHaveLength(2);
  });
});
