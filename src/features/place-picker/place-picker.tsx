import './place-picker.css';
import { useId, useRef, useState } from 'react';
import { LazyPanel, lazyModule } from '../../components/lazy-panel';
import { type PlaceCode, RUSSIA } from '../../data/series';
import { m } from '../../i18n/messages';
import { usePlace } from './use-place-name';

const pickerPanel = lazyModule(() => import('./place-picker-panel'));

interface PlacePickerProps {
  readonly place: PlaceCode;
  /** The address of the view with another place, for each choice's link. */
  readonly hrefFor: (place: PlaceCode) => string;
  readonly onChange: (place: PlaceCode) => void;
}

/**
 * Which place the page shows, and a button that opens the list of regions: searchable by English
 * or Russian name and by code, or browsed by federal district. Its list and the names load when
 * it is opened.
 */
export function PlacePicker({ place, hrefFor, onChange }: PlacePickerProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const { name } = usePlace(place);
  const t = m().placeControls;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="place-picker">
      <p className="place-picker__current">
        <span className="place-picker__label">{t.place}</span>{' '}
        <strong data-testid="place-name">{name}</strong>
        {place === RUSSIA ? t.allRegions : ` (${place})`}
      </p>
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        {open ? t.close : t.open}
      </button>
      <div id={panelId} hidden={!open} className="place-picker__panel">
        {open ? (
          <LazyPanel module={pickerPanel} what={t.list} placeholderHeight="12rem">
            {({ PlacePickerPanel }) => (
              <PlacePickerPanel
                current={place}
                hrefFor={hrefFor}
                onChoose={(next) => {
                  onChange(next);
                  close();
                }}
                onClose={close}
              />
            )}
          </LazyPanel>
        ) : null}
      </div>
    </div>
  );
}
