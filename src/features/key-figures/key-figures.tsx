import './key-figures.css';
import { useMemo } from 'react';
import { type Dataset, dayAt } from '../../data/dataset';
import type { IsoDate } from '../../data/iso-date';
import { keyFigure } from '../../data/key-figures';
import { JHU_RUSSIA, type SourceId } from '../../data/series';
import { useSeries } from '../../queries/use-series';
import { KEY_FIGURE_SPECS } from './key-figure-specs';
import { type AlternativeFigure, StatCard } from './stat-card';

interface KeyFiguresProps {
  /** null while loading: the cards are drawn as placeholders of their final size. */
  readonly dataset: Dataset | null;
  /** The report date the cards show. */
  readonly date: IsoDate | null;
  readonly source: SourceId;
  /** Russia as a whole: JHU's national totals can stand in where the official ones stop. */
  readonly national: boolean;
}

/** The totals a second source can stand in for when the official one is unknown. */
const TOTAL_FIELDS = ['totalCases', 'totalDeaths'] as const;

export function KeyFigures({ dataset, date, source, national }: KeyFiguresProps) {
  const figures = useMemo(
    () =>
      KEY_FIGURE_SPECS.map((spec) =>
        dataset && date ? keyFigure(dataset, spec.field, date, spec.averageField) : null,
      ),
    [dataset, date],
  );
  // The official totals stop on 2022-03-11 (a missing report breaks the running sum); JHU's go on.
  // Its series is fetched only when a card needs it.
  const day = dataset && date ? dayAt(dataset, date) : undefined;
  const needsJhu =
    national &&
    source === 'official' &&
    day !== undefined &&
    TOTAL_FIELDS.some((f) => day[f] === null);
  const jhu = useSeries(needsJhu ? JHU_RUSSIA : null).state.data ?? null;
  const alternatives = useMemo(() => {
    const jhuDay = jhu && date ? dayAt(jhu, date) : undefined;
    return new Map<string, AlternativeFigure>(
      TOTAL_FIELDS.flatMap((field) => {
        const value = jhuDay?.[field] ?? null;
        return needsJhu && value !== null ? [[field, { value, source: 'jhu' as const }]] : [];
      }),
    );
  }, [jhu, date, needsJhu]);

  return (
    <div className="key-figures">
      {KEY_FIGURE_SPECS.map((spec, i) => (
        <StatCard
          key={spec.field}
          spec={spec}
          figure={figures[i] ?? null}
          alternative={alternatives.get(spec.field) ?? null}
        />
      ))}
    </div>
  );
}
