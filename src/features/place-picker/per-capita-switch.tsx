import { ToggleGroup } from '../../components/toggle-group';
import { formatCount } from '../../data/format';
import type { Per } from '../../view-state/view-state';

interface PerCapitaSwitchProps {
  readonly per: Per;
  readonly placeName: string;
  /** The place's population, once known. */
  readonly population: number | null;
  readonly onChange: (per: Per) => void;
}

const OPTIONS = [
  { value: 'count', label: 'Counts' },
  { value: '100k', label: 'Per 100,000 residents' },
] as const;

/** Counts as reported, or every figure per 100,000 residents, with the population named. */
export function PerCapitaSwitch({ per, placeName, population, onChange }: PerCapitaSwitchProps) {
  return (
    <div className="per-capita-switch">
      <ToggleGroup label="Figures" options={OPTIONS} value={per} onChange={onChange} />
      {per === '100k' ? (
        <p className="per-capita-switch__note" data-testid="population-note">
          Per 100,000 residents of {placeName}:{' '}
          {population === null
            ? 'loading the population…'
            : `population ${formatCount(population)} on 1 January 2020 (Rosstat).`}
        </p>
      ) : null}
    </div>
  );
}
