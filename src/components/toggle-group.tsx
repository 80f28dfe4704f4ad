import { useId } from 'react';

interface ToggleGroupProps<T extends string> {
  /** The group's name, shown before it ("Source of the figures") or only spoken (`visible`). */
  readonly label: string;
  readonly visibleLabel?: boolean;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/**
 * A row of toggle buttons that read as one control (the scale, the source, counts or rates):
 * each a button with aria-pressed, in a named group.
 */
export function ToggleGroup<T extends string>({
  label,
  visibleLabel = true,
  options,
  value,
  onChange,
}: ToggleGroupProps<T>) {
  const labelId = useId();
  return (
    <>
      {visibleLabel ? (
        <span id={labelId} className="toggle-group__label">
          {label}
        </span>
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: a group of toggle buttons, not a fieldset of inputs */}
      <div
        role="group"
        className="segmented"
        {...(visibleLabel ? { 'aria-labelledby': labelId } : { 'aria-label': label })}
      >
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            className="button"
            aria-pressed={value === option.value}
            data-value={option.value}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </>
  );
}
