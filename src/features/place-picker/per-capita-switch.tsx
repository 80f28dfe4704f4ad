import { ToggleGroup } from '../../components/toggle-group';
import { m } from '../../i18n/messages';
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
  const t = m().placeControls;
  const options = [
    { value: 'count', label: t.counts },
    { value: '100k', label: t.perResidents(100_000) },
  ] as const;
  return (
    <div className="per-capita-switch">
      <ToggleGroup label={t.figures} options={options} value={per} onChange={onChange} />
      {per === '100k' ? (
        <p className="per-capita-switch__note" data-testid="population-note">
          {t.populationNote(placeName, population)}
        </p>
      ) : null}
    </div>
  );
}
