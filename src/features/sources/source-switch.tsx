import './source-switch.css';
import { SOURCE_IDS, type SourceId } from '../../data/series';
import { SOURCES } from '../../data/sources';

interface SourceSwitchProps {
  readonly source: SourceId;
  readonly onChange: (source: SourceId) => void;
}

/** Whose figures the page shows: the official reports (default) or JHU CSSE's series. */
export function SourceSwitch({ source, onChange }: SourceSwitchProps) {
  return (
    <div className="source-switch">
      <span id="source-switch-label" className="source-switch__label">
        Source of the figures
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a fieldset of inputs */}
      <div role="group" aria-labelledby="source-switch-label" className="segmented">
        {SOURCE_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className="button"
            aria-pressed={source === id}
            data-source={id}
            onClick={() => onChange(id)}
          >
            {SOURCES[id].name}
          </button>
        ))}
      </div>
      <p className="source-switch__note">{SOURCES[source].coverageNote}</p>
    </div>
  );
}
