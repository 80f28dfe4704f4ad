import { createContext, useContext } from 'react';

/** Pixel positions inside a chart of days, for the layers drawn on it. */
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
 * The geometry of the chart being drawn: given by DayChart (our own frame, see day-chart.tsx), or
 * by RechartsGeometry inside a Recharts chart. Layers read it here and work in either.
 */
export const ChartGeometryContext = createContext<ChartGeometry | null>(null);

/** The chart's scales and plot area; null outside a chart, or before it has laid itself out. */
export function useChartGeometry(): ChartGeometry | null {
  return useContext(ChartGeometryContext);
}
