import { useState, type FormEvent } from 'react';
import type { PlanVersion } from '../../../../shared/domain/plans.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/TextField.tsx';

export interface CounselorSignFormProps {
  versionId: number;
  /** The counselor's name and credentials from the practice profile. */
  defaultName: string;
  onSigned: (version: PlanVersion) => void;
}

export function CounselorSignForm({ versionId, defaultName, onSigned }: CounselorSignFormProps) {
  const [name, setName] = useState(defaultName);
  const { busy, error, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() =>
      call('plans.sign', {
        versionId,
        signer: 'counselor',
        signature: { kind: 'typed', name },
      }),
    );
    if (outcome?.ok) onSigned(outcome.value);
  };

  return (
    <form
      ref={formRef}
      className="sign-form"
      onSubmit={submit}
      noValidate
      aria-label="Your signature"
    >
      <TextField
        label="Your typed signature"
        hint="Your name and credentials."
        autoComplete="off"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={error?.fields['signature.name']}
      />
      <FormError error={error} placed={['signature.name']} />
      <div className="row">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Signing…">
          Sign as counselor
        </Button>
      </div>
    </form>
  );
}
