import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DateFilter } from '../../src/features/date-filter/date-filter';
import { RangeBrush } from '../../src/features/date-filter/range-brush';
import { d, shippedDataset } from '../fixtures/reports';

const bounds = { firstDate: d('2020-01-31'), lastDate: d('2022-01-20') };
const all = { from: bounds.firstDate, to: bounds.lastDate };

describe('DateFilter', () => {
  it('applies a preset and shows which one is in use', async () => {
    const onRangeChange = vi.fn();
    const { rerender } = render(
      <DateFilter bounds={bounds} range={all} onRangeChange={onRangeChange} />,
    );
    expect(screen.getByRole('button', { name: 'All data' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: "The story's run (3–7 May 2020)" }));
    expect(onRangeChange).toHaveBeenCalledWith('2020-05-03', '2020-05-07');
    rerender(
      <DateFilter
        bounds={bounds}
        range={{ from: d('2020-05-03'), to: d('2020-05-07') }}
        onRangeChange={onRangeChange}
      />,
    );
    expect(screen.getByRole('button', { name: "The story's run (3–7 May 2020)" })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText('3 May 2020 to 7 May 2020 (5 reports)')).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('2020-05-03');
  });

  it('commits typed dates on Enter, within the data only', async () => {
    const onRangeChange = vi.fn();
    render(<DateFilter bounds={bounds} range={all} onRangeChange={onRangeChange} />);
    const from = screen.getByLabelText('From');
    expect(from).toHaveAttribute('min', '2020-01-31');
    expect(from).toHaveAttribute('max', '2022-01-20');
    fireEvent.change(from, { target: { value: '2021-03-01' } });
    expect(onRangeChange).not.toHaveBeenCalled(); // a draft until committed
    fireEvent.submit(from.closest('form') as HTMLFormElement);
    expect(onRangeChange).toHaveBeenCalledWith('2021-03-01', '2022-01-20');
  });

  it('refuses a reversed range with a message tied to the fields', () => {
    const onRangeChange = vi.fn();
    render(<DateFilter bounds={bounds} range={all} onRangeChange={onRangeChange} />);
    const to = screen.getByLabelText('To');
    fireEvent.change(to, { target: { value: '2020-01-31' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2020-02-05' } });
    fireEvent.submit(to.closest('form') as HTMLFormElement);
    expect(onRangeChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('From must not be after To.');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('From must not be after To.');
  });
});

describe('RangeBrush', () => {
  const story = { from: d('2020-05-03'), to: d('2020-05-07') };

  it('exposes its two handles as sliders with dates', () => {
    render(<RangeBrush dataset={shippedDataset()} range={story} onRangeChange={vi.fn()} />);
    const [start, end] = screen.getAllByRole('slider');
    expect(start).toHaveAccessibleName('Start of the dates shown');
    expect(start).toHaveAttribute('aria-valuetext', '3 May 2020');
    expect(end).toHaveAttribute('aria-valuetext', '7 May 2020');
    expect(end).toHaveAttribute('aria-valuemax', '1099');
  });

  it('moves a handle with the keyboard: a push for the first key, replace after', async () => {
    const onRangeChange = vi.fn();
    render(<RangeBrush dataset={shippedDataset()} range={story} onRangeChange={onRangeChange} />);
    const [start, end] = screen.getAllByRole('slider') as [HTMLElement, HTMLElement];
    start.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(onRangeChange).toHaveBeenLastCalledWith('2020-05-02', '2020-05-07', 'push');
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(onRangeChange).toHaveBeenLastCalledWith('2020-04-26', '2020-05-07', 'replace');
    end.focus();
    await userEvent.keyboard('{End}');
    expect(onRangeChange).toHaveBeenLastCalledWith('2020-05-03', '2023-02-03', 'push');
    // The range stays as given here (no parent updates it): Page Down moves the end 30 days back
    // from 7 May, and stops at the start.
    await userEvent.keyboard('{PageDown}');
    expect(onRangeChange).toHaveBeenLastCalledWith('2020-05-03', '2020-05-03', 'replace');
  });

  it('never lets the start pass the end', async () => {
    const onRangeChange = vi.fn();
    render(<RangeBrush dataset={shippedDataset()} range={story} onRangeChange={onRangeChange} />);
    (screen.getAllByRole('slider')[0] as HTMLElement).focus();
    await userEvent.keyboard('{PageUp}');
    expect(onRangeChange).toHaveBeenLastCalledWith('2020-05-07', '2020-05-07', 'push');
  });
});
