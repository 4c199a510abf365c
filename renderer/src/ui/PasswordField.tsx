import {
  useState,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { Field } from './Field.tsx';

export interface PasswordFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type'
> {
  /** Plain text: it also names the show/hide button ("Show passphrase"). */
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  live?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A passphrase input with a show/hide button and a Caps Lock warning. */
export function PasswordField({
  label,
  hint,
  error,
  live,
  className,
  onKeyDown,
  onKeyUp,
  ...input
}: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const watchCapsLock = (event: KeyboardEvent<HTMLInputElement>) => {
    setCapsLock(event.getModifierState('CapsLock'));
  };
  // Always a live region (empty when quiet), so the Caps Lock note is announced when it appears.
  const liveContent =
    live || capsLock ? (
      <>
        {live}
        {capsLock && <span className="caps-note">Caps Lock is on.</span>}
      </>
    ) : (
      ''
    );
  const action = visible ? 'Hide' : 'Show';
  return (
    <Field label={label} hint={hint} error={error} live={liveContent} className={className}>
      {(control) => (
        <div className="input-group">
          <input
            type={visible ? 'text' : 'password'}
            className="input"
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            onKeyDown={(event) => {
              watchCapsLock(event);
              onKeyDown?.(event);
            }}
            onKeyUp={(event) => {
              watchCapsLock(event);
              onKeyUp?.(event);
            }}
            {...input}
            {...control}
          />
          <button
            type="button"
            className="button button-secondary"
            aria-label={`${action} ${label.toLowerCase()}`}
            aria-controls={control.id}
            onClick={() => setVisible((v) => !v)}
          >
            {action}
          </button>
        </div>
      )}
    </Field>
  );
}
