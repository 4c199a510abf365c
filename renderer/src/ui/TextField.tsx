import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { Field } from './Field.tsx';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  mono?: boolean;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, hint, error, mono, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          type="text"
          className={mono ? 'input input-mono' : 'input'}
          // Record text never goes to the browser's form memory (or its session files).
          autoComplete="off"
          {...input}
          {...control}
        />
      )}
    </Field>
  );
}
