import { memo } from 'react';

interface SparklineProps {
  readonly values: readonly (number | null)[];
  /** The accessible description of the line. */
  readonly label: string;
  readonly color: string;
}

const WIDTH = 120;
const HEIGHT = 32;

/**
 * The recent days of a figure as one small line (plain SVG: it is drawn with the cards, before
 * the charting library has loaded). Unknown days leave a gap.
 */
export const Sparkline = memo(function Sparkline({ values, label, color }: SparklineProps) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return <span className="sparkline sparkline--empty" />;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const span = max - min || 1;
  const step = WIDTH / Math.max(1, values.length - 1);
  let path = '';
  let penDown = false;
  values.forEach((value, i) => {
    if (value === null) {
      penDown = false;
      return;
    }
    const x = (i * step).toFixed(1);
    const y = (HEIGHT - 2 - ((value - min) / span) * (HEIGHT - 4)).toFixed(1);
    path += `${penDown ? 'L' : 'M'}${x} ${y}`;
    penDown = true;
  });
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <path d={path} fill="none" stroke={color} strokeWidth="2" vectorEffect="non-scaling-stroke" />
    </svg>
  );
});
