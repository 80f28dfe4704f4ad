import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { formatDateRangeShort } from '../data/format';
import type { IsoDate } from '../data/iso-date';
import type { SourceId } from '../data/series';
import { m } from '../i18n/messages';
import type { Per } from '../view-state/view-state';
import { OfflineNote } from './offline-note';

interface ViewBarProps {
  /** "Russia", or the region shown. */
  readonly placeName: string;
  /** null while the data loads. */
  readonly range: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly source: SourceId;
  readonly per: Per;
  /** The latest report the data holds (said while offline); null while it loads. */
  readonly lastDate: IsoDate | null;
  /** The controls of the view: place, figures, source, dates, sharing. */
  readonly children: ReactNode;
}

/**
 * The view shown in one line (place, dates, source), kept at the top of the screen while the page
 * scrolls, with a button that opens every control of the view beneath it. The controls stay in
 * the page while closed, so what they hold (a half-typed date) survives closing them. Not a
 * dialog: nothing else is blocked, focus is never trapped, Escape closes.
 */
export function ViewBar({ placeName, range, source, per, lastDate, children }: ViewBarProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const t = m().app;
  const onKeyDown = (event: KeyboardEvent) => {
    // A list inside (the place picker's) closes itself first and marks the key as used.
    if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <section
      className={`view-bar${open ? ' view-bar--open' : ''}`}
      aria-label={t.viewShown}
      onKeyDown={onKeyDown}
    >
      <div className="view-bar__row">
        <p className="view-bar__summary" data-testid="view-summary">
          <strong>{placeName}</strong>
          <span>{range ? formatDateRangeShort(range.from, range.to) : m().common.loading}</span>
          <span className="view-bar__source">{m().page.sources[source].name}</span>
          {per === '100k' ? <span>{m().page.tabTitle.per100k}</span> : null}
        </p>
        <button
          ref={toggle}
          type="button"
          className="button view-bar__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          {/* "Change place or dates": on a phone, "Change" is shown and the rest is spoken. */}
          {t.openViewControls[0]} <span className="view-bar__more">{t.openViewControls[1]}</span>
          <span className="view-bar__chevron" aria-hidden="true" />
        </button>
      </div>
      <OfflineNote lastDate={lastDate} />
      <div id={panelId} className="view-bar__panel" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
