import './source-switch.css';
import { ToggleGroup } from '../../components/toggle-group';
import { SOURCE_IDS, type SourceId } from '../../data/series';
import { SOURCES } from '../../data/sources';

interface SourceSwitchProps {
  readonly source: SourceId;
  readonly onChange: (source: SourceId) => void;
}

const OPTIONS = SOURCE_IDS.map((id) => ({ value: id, label: SOURCES[id].name }));

/** Whose figures the page shows: the official reports (default) or JHU CSSE's series. */
export function SourceSwitch({ source, onChange }: SourceSwitchProps) {
  return (
    <div className="source-switch">
      <ToggleGroup
        label="Source of the figures"
        options={OPTIONS}
        value={source}
        onChange={onChange}
      />
      <p className="source-switch__note">{SOURCES[source].coverageNote}</p>
    </div>
  );
}
