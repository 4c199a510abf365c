import { useId, type ReactNode } from 'react';
import './Field.css';

/** The attributes that tie a control to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /**
   * Text under the control that updates as the person types, announced politely. Pass it (even
   * empty) from the first render: a live region must exist before its text changes.
   */
  live?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ label, hint, error, live, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const liveId = `${id}-live`;
  const describedBy = [error ? errorId : '', hint ? hintId : '', live ? liveId : '']
    .filter(Boolean)
    .join(' ');
  const control: ControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;
  return (
    <div
      className={['field', error ? 'is-invalid' : '', className ?? ''].filter(Boolean).join(' ')}
    >
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children(control)}
      {live !== undefined && (
        <p className="field-live" id={liveId} aria-live="polite">
          {live}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
