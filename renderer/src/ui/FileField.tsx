import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from './Field.tsx';
import './FileField.css';

export interface FileFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type' | 'onChange'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The chosen file, or null when the choice was cleared. */
  onFile: (file: File | null) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A native file picker: keyboard and screen readers already know it; only its look is ours. */
export function FileField({ label, hint, error, onFile, className, ...input }: FileFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          type="file"
          className="file-field-input"
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
          {...input}
          {...control}
        />
      )}
    </Field>
  );
}
