import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../src/data/dataset';
import { ChartsSection } from '../../src/features/charts/charts-section';
import { d, reportsFrom } from '../fixtures/reports';

describe('a flagged day on the charts', () => {
  // 2020-01-03 reports 5 new cases, but its total rose by only 3: flagged, not fixed.
  const dataset = buildDataset(
    reportsFrom('2020-01-01', [
      [1, 1, 0, 0],
      [2, 3, 0, 0],
      [5, 6, 0, 0],
      [1, 7, 0, 0],
    ]),
  );

  it('is marked in the legend, drawn as a marker, and explained in the table', async () => {
    const { container } = render(
      <ChartsSection
        dataset={dataset}
        range={{ from: d('2020-01-01'), to: d('2020-01-04') }}
        logScale={[]}
        focus={null}
        openTables={['daily-cases']}
        onToggleTable={vi.fn()}
        onScaleChange={vi.fn()}
        placeName="Russia"
        source="official"
      />,
    );
    await waitFor(() => expect(container.querySelectorAll('svg.day-chart')).toHaveLength(3), {
      timeout: 5_000,
    });
    const panel = screen.getByRole('figure', { name: 'Daily new cases' });
    expect(within(panel).getByText('Flagged day (see table)')).toBeInTheDocument();
    expect(panel.querySelectorAll('.chart-markers line[stroke-dasharray="2 2"]')).toHaveLength(1);
    // A revision of cases is no flag on the deaths chart.
    const deaths = screen.getByRole('figure', { name: 'Daily deaths' });
    expect(deaths.querySelectorAll('.chart-markers line[stroke-dasharray="2 2"]')).toHaveLength(0);
    const table = await within(panel).findByRole('table');
    const row = within(table).getByRole('row', { name: /3 Jan 2020/ });
    expect(row).toHaveTextContent('5');
    expect(row).toHaveTextContent(
      'The total of cases changed by +3, but the report gives 5 new; both are shown as reported.',
    );
  });
});
