import { Choice } from '../../ui/Choice.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';

export type SecretKind = 'passphrase' | 'pin';

export interface Secret {
  kind: SecretKind;
  value: string;
}

export function secretInput(secret: Secret): { passphrase: string } | { pin: string } {
  return secret.kind === 'pin' ? { pin: secret.value } : { passphrase: secret.value };
}

/** The core's field messages, wherever it put them, for the field on screen. */
export function secretError(secret: Secret, fields: Record<string, string> | undefined) {
  return fields?.[secret.kind] ?? fields?.passphrase ?? fields?.pin;
}

export interface SecretFieldProps {
  /** A PIN is set in Settings: offer it, as the quicker way to sign. */
  pinSet: boolean;
  secret: Secret;
  onChange: (secret: Secret) => void;
  error: string | undefined;
  hint: string;
}

/** The counselor proves it is them: the passphrase again, or the PIN when there is one. */
export function SecretField({ pinSet, secret, onChange, error, hint }: SecretFieldProps) {
  return (
    <>
      {pinSet && (
        <Choice<SecretKind>
          legend="Sign with"
          look="segmented"
          options={[
            { value: 'pin', label: 'PIN' },
            { value: 'passphrase', label: 'Passphrase' },
          ]}
          value={secret.kind}
          onChange={(kind) => onChange({ kind, value: '' })}
        />
      )}
      <PasswordField
        key={secret.kind}
        label={secret.kind === 'pin' ? 'Your PIN' : 'Your passphrase'}
        hint={hint}
        inputMode={secret.kind === 'pin' ? 'numeric' : undefined}
        value={secret.value}
        onChange={(event) => onChange({ ...secret, value: event.target.value })}
        error={error}
        data-autofocus
      />
    </>
  );
}
