import { useId, type ReactNode } from 'react';
import './Choice.css';

export interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  /** A line under the label (radio style only). */
  hint?: ReactNode;
}

export interface ChoiceProps<V extends string> {
  legend: ReactNode;
  /** Keep the legend for screen readers only, when the context already says it. */
  hideLegend?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly ChoiceOption<V>[];
  value: V;
  onChange: (value: V) => void;
  /** "segmented": a compact bar of buttons; "radio": a list of radio buttons. */
  look?: 'radio' | 'segmented';
  /** Radios side by side instead of one under the other. */
  inline?: boolean;
  className?: string;
}

/**
 * One choice among a few, always native radio buttons inside a fieldset: arrow keys move between
 * the options and the legend names the group, whichever way it looks.
 */
export function Choice<V extends string>({
  legend,
  hideLegend,
  hint,
  error,
  options,
  value,
  onChange,
  look = 'radio',
  inline,
  className,
}: ChoiceProps<V>) {
  const name = useId();
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  const classes = [
    'choice',
    `choice-${look}`,
    inline ? 'choice-inline' : '',
    error ? 'is-invalid' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className={classes} aria-describedby={describedBy || undefined}>
      <legend className={hideLegend ? 'sr-only' : 'choice-legend'}>{legend}</legend>
      {hint && (
        <p className="field-hint choice-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="choice-options">
        {options.map((option) => (
          <label key={option.value} className="choice-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              aria-invalid={error ? true : undefined}
            />
            <span className="choice-text">
              <span className="choice-label">{option.label}</span>
              {option.hint && look === 'radio' && (
                <span className="choice-option-hint">{option.hint}</span>
              )}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
