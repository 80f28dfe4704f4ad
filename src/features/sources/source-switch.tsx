import './source-switch.css';
import { ToggleGroup } from '../../components/toggle-group';
import { SOURCE_IDS, type SourceId } from '../../data/series';
import { m } from '../../i18n/messages';

interface SourceSwitchProps {
  readonly source: SourceId;
  readonly onChange: (source: SourceId) => void;
}

/** Whose figures the page shows: the official reports (default) or JHU CSSE's series. */
export function SourceSwitch({ source, onChange }: SourceSwitchProps) {
  const t = m().placeControls;
  const names = m().page.sources;
  const options = SOURCE_IDS.map((id) => ({ value: id, label: names[id].name }));
  return (
    <div className="source-switch">
      <ToggleGroup label={t.sourceSwitch} options={options} value={source} onChange={onChange} />
      <p className="source-switch__note">{t.coverageNote[source]}</p>
    </div>
  );
}
