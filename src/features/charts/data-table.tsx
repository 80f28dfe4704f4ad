import { memo } from 'react';
import { describeFlag } from '../../data/flags';
import { formatDate, formatDateRange, formatMean, formatValue } from '../../data/format';
import type { ChartModel } from './chart-model';

/** The numbers a chart shows, as a table: one row per report date, latest first. */
export const DataTable = memo(function DataTable({ model, id }: { model: ChartModel; id: string }) {
  const { spec, points } = model;
  const first = points[0];
  const last = points[points.length - 1];
  const rows = [...points].reverse();
  return (
    // A scrolling region must be reachable by keyboard to be scrolled without a mouse.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <section className="data-table" id={id} tabIndex={0} aria-label={`${spec.title}, table`}>
      <table>
        <caption>
          {spec.title}
          {first && last ? `, ${formatDateRange(first.date, last.date)}` : ''} (latest first)
        </caption>
        <thead>
          <tr>
            <th scope="col">Report date</th>
            <th scope="col">{spec.valueLabel}</th>
            {spec.averageField ? <th scope="col">7-day average</th> : null}
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => (
            <tr key={point.x}>
              <th scope="row">
                <time dateTime={point.date}>{formatDate(point.date)}</time>
              </th>
              <td>
                {point.value === null ? 'Not reported' : formatValue(point.value, model.measure)}
              </td>
              {spec.averageField ? (
                <td>{point.average === null ? '–' : formatMean(point.average, model.measure)}</td>
              ) : null}
              <td>
                {[
                  point.date === model.story?.date ? "The story's report" : null,
                  ...point.flags.map(describeFlag),
                ]
                  .filter(Boolean)
                  .join(' ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});
