import { memo } from 'react';
import { formatDate, formatMean, formatValue } from '../../data/format';
import { m } from '../../i18n/messages';
import type { ChartModel } from './chart-model';

/** The numbers a chart shows, as a table: one row per report date, latest first. */
export const DataTable = memo(function DataTable({ model }: { model: ChartModel }) {
  const { spec, points } = model;
  const first = points[0];
  const last = points[points.length - 1];
  const rows = [...points].reverse();
  const missing = points.reduce((count, point) => count + (point.value === null ? 1 : 0), 0);
  const { charts, chartTable, common } = m();
  const title = charts.titles[spec.id];
  return (
    // A scrolling region must be reachable by keyboard to be scrolled without a mouse.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <section className="data-table" tabIndex={0} aria-label={chartTable.label(title)}>
      <table>
        <caption>
          {chartTable.caption(
            title,
            first && last ? { from: first.date, to: last.date } : null,
            missing,
            points.length,
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{chartTable.date}</th>
            <th scope="col">{charts.fields[spec.field]}</th>
            {spec.averageField ? <th scope="col">{chartTable.average}</th> : null}
            <th scope="col">{chartTable.note}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => (
            <tr key={point.x}>
              <th scope="row">
                <time dateTime={point.date}>{formatDate(point.date)}</time>
              </th>
              <td>
                {point.value === null
                  ? common.notReported
                  : formatValue(point.value, model.measure)}
              </td>
              {spec.averageField ? (
                <td>{point.average === null ? '–' : formatMean(point.average, model.measure)}</td>
              ) : null}
              <td>
                {[
                  point.date === model.story?.date ? chartTable.story : null,
                  ...point.flags.map(common.describeFlag),
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
