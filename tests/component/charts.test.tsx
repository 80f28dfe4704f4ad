import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChartsSection, type ChartsSectionProps } from '../../src/features/charts/charts-section';
import { strokesOf } from '../fixtures/path-pieces';
import { d, shippedDataset } from '../fixtures/reports';

/** Renders the charts and waits for their plots. */
async function renderCharts(overrides: Partial<ChartsSectionProps> = {}) {
  const props: ChartsSectionProps = {
    dataset: shippedDataset(),
    range: { from: d('2020-01-31'), to: d('2023-02-03') },
    logScale: [],
    focus: null,
    openTables: [],
    onToggleTable: vi.fn(),
    onScaleChange: vi.fn(),
    placeName: 'Russia',
    source: 'official',
    ...overrides,
  };
  const view = render(<ChartsSection {...props} />);
  // The plots' chunk and a first draw of 1,100 days take a while on a busy machine.
  await waitFor(() => expect(view.container.querySelectorAll('svg.day-chart')).toHaveLength(3), {
    timeout: 5_000,
  });
  return { ...view, props };
}

const panel = (name: string) => screen.getByRole('figure', { name });
/** The path data of a chart's pieces of `kind` ('daily-bars' or 'series-line'), in order. */
const piecesOf = (element: HTMLElement, kind: string) =>
  [...element.querySelectorAll(`.${kind} path`)].map((path) => path.getAttribute('d') ?? '');
const barCount = (element: HTMLElement) =>
  piecesOf(element, 'daily-bars').join('').match(/M/g)?.length ?? 0;

describe('the charts', () => {
  it('draws each chart at a fixed size with its series', async () => {
    const { container } = await renderCharts();
    expect(container.querySelectorAll('svg.day-chart')).toHaveLength(3);
    for (const svg of container.querySelectorAll('svg.day-chart')) {
      expect(svg.getAttribute('width')).toBe('800');
      expect(svg.getAttribute('height')).toBe('300');
    }
    // Every day with new cases has a bar (all 1,100 days but those with 0 or no report).
    const daysWithCases = shippedDataset().days.filter((day) => (day.newCases ?? 0) > 0).length;
    expect(barCount(panel('Daily new cases'))).toBe(daysWithCases);
    expect(piecesOf(panel('Daily new cases'), 'series-line').length).toBeGreaterThan(0);
    expect(panel('Cumulative cases').querySelector('.daily-bars')).toBeNull();
    expect(piecesOf(panel('Cumulative cases'), 'series-line').length).toBeGreaterThan(0);
  });

  it('draws only the days of the range', async () => {
    await renderCharts({ range: { from: d('2020-05-03'), to: d('2020-05-07') } });
    expect(barCount(panel('Daily new cases'))).toBe(5);
    expect(barCount(panel('Daily deaths'))).toBe(5);
  });

  it('summarises each chart in one sentence, its accessible description', async () => {
    await renderCharts({ range: { from: d('2020-01-31'), to: d('2022-01-20') } });
    expect(panel('Daily new cases')).toHaveAccessibleDescription(
      /^Daily new cases, 31 Jan 2020 to 20 Jan 2022\. Highest: 41,335 on 6 Nov 2021\. Latest: 38,850 on 20 Jan 2022, 7-day average 30,708, rising/,
    );
    expect(panel('Cumulative cases')).toHaveAccessibleDescription(
      'Cumulative cases rose from 2 on 31 Jan 2020 to 10,938,261 on 20 Jan 2022.',
    );
    expect(panel('Daily deaths')).toHaveAccessibleDescription(/Highest: 1,254 on 19 Nov 2021/);
  });

  it('says how many report dates have no report, and where the official total stops', async () => {
    await renderCharts({ range: { from: d('2022-09-01'), to: d('2022-10-31') } });
    // 2022-09-20 (rejected file) and 2022-09-22 .. 2022-10-16: 26 of the 61 dates
    expect(panel('Daily new cases')).toHaveAccessibleDescription(
      /26 of the 61 report dates have no report: the bars and the average leave gaps there\.$/,
    );
    await renderCharts({ range: { from: d('2022-01-01'), to: d('2022-06-30') } });
    expect(
      screen.getAllByRole('figure', { name: 'Cumulative cases' })[1],
    ).toHaveAccessibleDescription(
      /to 17,[0-9,]+ on 11 Mar 2022; not known after 11 Mar 2022 in this source\./,
    );
  });

  it('draws no bar and no line across a day without a report', async () => {
    await renderCharts({ range: { from: d('2022-09-15'), to: d('2022-10-25') } });
    const daily = panel('Daily new cases');
    // 41 dates, 26 of them without a report: 15 bars
    expect(barCount(daily)).toBe(15);
    // The average needs 7 known days: the line is one stroke per run of known averages.
    const averages = shippedDataset()
      .days.filter((day) => day.date >= '2022-09-15' && day.date <= '2022-10-25')
      .map((day) => day.newCasesAvg7);
    const strokes = averages.filter((v, i) => v !== null && (i === 0 || averages[i - 1] === null));
    expect(strokes.length).toBe(2);
    expect(strokesOf(piecesOf(daily, 'series-line'))).toHaveLength(strokes.length);
  });

  it('shows the same numbers as a table when asked', async () => {
    const { props, rerender } = await renderCharts({
      range: { from: d('2020-05-03'), to: d('2020-05-07') },
    });
    const toggle = within(panel('Daily new cases')).getByRole('button', { name: 'Show table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(props.onToggleTable).toHaveBeenCalledWith('daily-cases');

    rerender(<ChartsSection {...props} openTables={['daily-cases']} />);
    // The table's code loads when a table is first opened.
    const table = await within(panel('Daily new cases')).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      "7 May 202011,23110,094.6The story's report",
      '6 May 202010,5599,504.3',
      '5 May 202010,1028,830.3',
      '4 May 202010,5818,303',
      '3 May 202010,6337,676.9',
    ]);
    expect(
      within(panel('Daily new cases')).getByRole('button', { name: 'Hide table' }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  it('switches the cumulative chart between linear and log', async () => {
    const { props, rerender } = await renderCharts();
    const cumulative = within(panel('Cumulative cases'));
    expect(cumulative.getByRole('button', { name: 'Linear' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(cumulative.getByRole('button', { name: 'Log' }));
    expect(props.onScaleChange).toHaveBeenCalledWith('total-cases', 'log');
    rerender(<ChartsSection {...props} logScale={['total-cases']} />);
    expect(cumulative.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
    const ticks = [...panel('Cumulative cases').querySelectorAll('text.axis-tick')];
    const yTicks = ticks.filter((tick) => tick.getAttribute('text-anchor') === 'end');
    expect(yTicks.map((tick) => tick.textContent)).toEqual([
      '1',
      '10',
      '100',
      '1K',
      '10K',
      '100K',
      '1M',
      '10M',
      '100M',
    ]);
  });

  it("marks the story's report and a focused date", async () => {
    await renderCharts({ focus: d('2020-05-07') });
    expect(within(panel('Daily new cases')).getByText("The story's report")).toBeInTheDocument();
    expect(within(panel('Daily new cases')).getByText('Selected date')).toBeInTheDocument();
    expect(panel('Daily new cases').querySelector('.focus-dot')).not.toBeNull();
  });
});

describe('what a chart marks', () => {
  it('shades each run of days above 10,000, and marks the highest day', async () => {
    const range = { from: d('2020-09-01'), to: d('2021-03-31') };
    await renderCharts({ range });
    // Runs counted here from the days themselves, not from the chart's model.
    const days = shippedDataset().days.filter(
      (day) => day.date >= range.from && day.date <= range.to,
    );
    const runs = days.filter(
      (day, i) => (day.newCases ?? 0) > 10_000 && !((days[i - 1]?.newCases ?? 0) > 10_000),
    ).length;
    expect(runs).toBeGreaterThan(0);
    const daily = panel('Daily new cases');
    expect(daily.querySelectorAll('.run-shading rect')).toHaveLength(runs);
    // 29,935 new cases on 2020-12-24, the highest of these dates
    expect(daily.querySelector('.peak-marker text')?.textContent).toBe('Highest: 29.9K');
    expect(panel('Cumulative cases').querySelector('.peak-marker')).toBeNull();
  });
});
