/**
 * What follows the pointer over a chart: a dot on the line and a card with the day's figures.
 *
 * The chart's frame tracks the pointer and draws the cursor line (see DayChart); the dot and the
 * card are drawn here, from the day under the pointer.
 */
import { useChartGeometry } from '../../components/chart/chart-geometry';
import { useHoveredDay } from '../../components/chart/day-chart';
import type { SeriesProps } from '../../components/chart/series-line';
import { formatValue } from '../../data/format';
import { m } from '../../i18n/messages';
import type { ChartModel, ChartPoint } from './chart-model';

const CARD_WIDTH = 210;
const CARD_HEIGHT = 120;

/** The point under the pointer, with its pixel x, or null. */
function useHoveredPoint(points: readonly ChartPoint[]) {
  const day = useHoveredDay();
  const geometry = useChartGeometry();
  const first = points[0];
  if (!geometry || !first || day === null) return null;
  const point = points[day - first.x];
  const x = point ? geometry.x(point.x) : undefined;
  return point && x !== undefined ? { point, x, geometry } : null;
}

/** A dot on the line at the day under the pointer. */
export function HoverDot({ points, value, color }: SeriesProps<ChartPoint>) {
  const hovered = useHoveredPoint(points);
  const v = hovered ? value(hovered.point) : null;
  const y = hovered && v !== null ? hovered.geometry.y(v) : undefined;
  if (!hovered || y === undefined || !Number.isFinite(y)) return null;
  return (
    <circle cx={hovered.x} cy={y} r={4} fill={color} stroke="var(--surface)" strokeWidth={1.5} />
  );
}

/** The date and exact figures of the day under the pointer, beside it inside the plot. */
export function HoverCard({ model }: { model: ChartModel }) {
  const hovered = useHoveredPoint(model.points);
  if (!hovered) return null;
  const { point, x, geometry } = hovered;
  const { plot } = geometry;
  const words = m();
  const left = x + 12 + CARD_WIDTH > plot.x + plot.width ? x - 12 - CARD_WIDTH : x + 12;
  return (
    <foreignObject
      x={Math.max(plot.x, left)}
      y={plot.y + 4}
      width={CARD_WIDTH}
      height={CARD_HEIGHT}
    >
      <div className="chart-tooltip">
        <p className="chart-tooltip__date">{words.charts.hover.reportOf(point.date)}</p>
        <p>
          {/* "Name: value", with the value in bold: the same punctuation in both languages. */}
          {words.charts.fields[model.spec.field]}:{' '}
          <strong>
            {point.value === null
              ? words.common.notReportedLower
              : formatValue(point.value, model.measure)}
          </strong>
        </p>
        {model.spec.averageField ? (
          <p>{words.charts.hover.average(point.average, model.measure)}</p>
        ) : null}
        {point.date === model.story?.date ? <p>{words.charts.hover.story}</p> : null}
        {point.flags.map((flag) => (
          <p key={flag.kind} className="chart-tooltip__flag">
            {words.common.describeFlag(flag)}
          </p>
        ))}
      </div>
    </foreignObject>
  );
}
