import './key-figures.css';
import { useMemo } from 'react';
import type { Dataset } from '../../data/dataset';
import type { IsoDate } from '../../data/iso-date';
import { keyFigure } from '../../data/key-figures';
import { KEY_FIGURE_SPECS } from './key-figure-specs';
import { StatCard } from './stat-card';

interface KeyFiguresProps {
  /** null while loading: the cards are drawn as placeholders of their final size. */
  readonly dataset: Dataset | null;
  /** The report date the cards show. */
  readonly date: IsoDate | null;
}

export function KeyFigures({ dataset, date }: KeyFiguresProps) {
  const figures = useMemo(
    () =>
      KEY_FIGURE_SPECS.map((spec) =>
        dataset && date ? keyFigure(dataset, spec.field, date, spec.averageField) : null,
      ),
    [dataset, date],
  );
  return (
    <div className="key-figures">
      {KEY_FIGURE_SPECS.map((spec, i) => (
        <StatCard key={spec.field} spec={spec} figure={figures[i] ?? null} />
      ))}
    </div>
  );
}
