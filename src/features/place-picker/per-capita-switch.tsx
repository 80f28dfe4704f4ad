import { formatCount } from '../../data/format';
import type { Per } from '../../view-state/view-state';

interface PerCapitaSwitchProps {
  readonly per: Per;
  readonly placeName: string;
  /** The place's population, once known. */
  readonly population: number | null;
  readonly onChange: (per: Per) => void;
}

/** Counts as reported, or every figure per 100,000 residents, with the population named. */
export function PerCapitaSwitch({ per, placeName, population, onChange }: PerCapitaSwitchProps) {
  return (
    <div className="per-capita-switch">
      <span id="per-capita-label" className="place-picker__label">
        Figures
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a fieldset of inputs */}
      <div role="group" aria-labelledby="per-capita-label" className="segmented">
        {(['count', '100k'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="button"
            aria-pressed={per === option}
            data-per={option}
            onClick={() => onChange(option)}
          >
            {option === 'count' ? 'Counts' : 'Per 100,000 residents'}
          </button>
        ))}
      </div>
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
