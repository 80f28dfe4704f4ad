import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { daysBetween, type IsoDate, isIsoDate } from '../../data/iso-date';
import { m } from '../../i18n/messages';
import type { DataBounds } from '../../view-state/view-state';
import './date-filter.css';
import { matchingPreset, presetLabelsBeforeData, rangePresets } from './presets';

interface DateFilterProps {
  /** Shown beside the heading (the share controls). */
  readonly actions?: ReactNode;
  /** null while the data loads: the controls are drawn, disabled, at their final size. */
  readonly bounds: DataBounds | null;
  readonly range: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly onRangeChange: (from: IsoDate, to: IsoDate) => void;
}

/**
 * The date range, chosen by preset or typed in. The inputs are a draft until committed (Enter,
 * Apply, or leaving the fields), so a half-typed year never becomes the view.
 */
export function DateFilter({ actions, bounds, range, onRangeChange }: DateFilterProps) {
  const presets = useMemo(() => (bounds ? rangePresets(bounds) : null), [bounds]);
  const current = presets && range ? matchingPreset(presets, range) : undefined;
  const [draft, setDraft] = useState({ from: range?.from ?? '', to: range?.to ?? '' });
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const from = range?.from ?? null;
  const to = range?.to ?? null;

  // When the range changes elsewhere (a preset, the brush, Back), the inputs follow it.
  useEffect(() => {
    setDraft({ from: from ?? '', to: to ?? '' });
    setError(null);
  }, [from, to]);

  const commit = (next: { from: string; to: string }) => {
    if (!bounds || (next.from === from && next.to === to)) return setError(null);
    const problem = checkDraft(next, bounds);
    setError(problem);
    if (!problem) onRangeChange(next.from as IsoDate, next.to as IsoDate);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit(draft);
  };
  const days = from && to ? daysBetween(from, to) + 1 : 0;
  const t = m().dateFilter;

  return (
    <section className="panel panel--muted date-filter" aria-labelledby="date-filter-heading">
      <div className="date-filter__top">
        <h2 id="date-filter-heading" className="date-filter__heading">
          {t.heading}
        </h2>
        {actions}
      </div>
      <p className="date-filter__current" aria-live="polite">
        {from && to ? t.current(from, to, days) : t.loading}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a fieldset of inputs */}
      <div className="date-filter__presets" role="group" aria-label={t.presets}>
        {presets
          ? presets.map((preset) => (
              <button
                key={preset.id}
                type="button"
                className="button"
                aria-pressed={current?.id === preset.id}
                data-preset={preset.id}
                onClick={() => onRangeChange(preset.from, preset.to)}
              >
                {preset.label}
              </button>
            ))
          : presetLabelsBeforeData().map((label) => (
              <button key={label} type="button" className="button" disabled>
                {label}
              </button>
            ))}
      </div>
      <form
        className="date-filter__custom"
        onSubmit={submit}
        // Leaving the pair of fields commits them; moving from one to the other does not, so a
        // range can be retyped in any order.
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) commit(draft);
        }}
        noValidate
      >
        {(['from', 'to'] as const).map((end) => (
          <label key={end}>
            {t.ends[end]}
            <input
              type="date"
              name={end}
              min={bounds?.firstDate}
              max={bounds?.lastDate}
              disabled={!bounds}
              value={draft[end]}
              aria-invalid={error !== null}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => setDraft({ ...draft, [end]: event.target.value })}
            />
          </label>
        ))}
        <button type="submit" className="button" disabled={!bounds}>
          {t.apply}
        </button>
        {error ? (
          <p id={errorId} className="date-filter__error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}

/** Why a typed range cannot be used, or null when it can. */
export function checkDraft(draft: { from: string; to: string }, bounds: DataBounds): string | null {
  const t = m().dateFilter;
  for (const end of ['from', 'to'] as const) {
    const value = draft[end];
    if (!isIsoDate(value)) return t.incompleteDate(end);
    if (value < bounds.firstDate || value > bounds.lastDate) {
      return t.outsideData(end, bounds.firstDate, bounds.lastDate);
    }
  }
  if (draft.from > draft.to) return t.reversed;
  return null;
}
