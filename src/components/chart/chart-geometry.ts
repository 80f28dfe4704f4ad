import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

/** Pixel positions inside a Recharts chart, for the layers we draw ourselves. */
export interface ChartGeometry {
  /** Pixel x of a day number. */
  readonly x: (day: number) => number | undefined;
  /** Pixel y of a value. */
  readonly y: (value: number) => number | undefined;
  readonly plot: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

/**
 * The chart's scales and plot area; null until the chart has laid itself out. For use inside a
 * Recharts chart only.
 */
export function useChartGeometry(): ChartGeometry | null {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  return { x: (day) => xScale(day), y: (value) => yScale(value), plot };
}
