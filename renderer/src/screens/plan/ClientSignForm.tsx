import { useState, type FormEvent } from 'react';
import type { PlanVersion } from '../../../../shared/domain/plans.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { SignaturePad } from '../../ui/SignaturePad.tsx';
import { TextField } from '../../ui/TextField.tsx';

const PLACED = ['signature', 'signature.name', 'signature.image'];

export interface ClientSignFormProps {
  versionId: number;
  person: string;
  /** The client's full name, to start the signer's name with. */
  fullName: string;
  onSigned: (version: PlanVersion) => void;
}

/** The client signs on the laptop turned toward them: drawn with a finger or mouse, or typed. */
export function ClientSignForm({ versionId, person, fullName, onSigned }: ClientSignFormProps) {
  const [method, setMethod] = useState<'drawn' | 'typed'>('drawn');
  const [signer, setSigner] = useState(fullName);
  const [typed, setTyped] = useState('');
  const [image, setImage] = useState<string | null>(null);
  const { busy, error, setError, run, formRef } = useSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (method === 'drawn' && !image) {
      setError({
        code: 'VALIDATION',
        message: 'One detail needs attention.',
        fields: { 'signature.image': `${person} signs in the box, or choose a typed signature.` },
      });
      return;
    }
    const signature =
      method === 'typed'
        ? { kind: 'typed' as const, name: typed }
        : { kind: 'drawn' as const, name: signer, image: image ?? '' };
    const outcome = await run(() => call('plans.sign', { versionId, signer: 'client', signature }));
    if (outcome?.ok) onSigned(outcome.value);
  };

  const field = (key: string) => error?.fields[key];
  return (
    <form
      ref={formRef}
      className="sign-form"
      onSubmit={submit}
      noValidate
      aria-label={`${person}’s signature`}
    >
      <Choice
        legend={`How does ${person} sign?`}
        look="segmented"
        options={[
          { value: 'drawn', label: 'Draw' },
          { value: 'typed', label: 'Type name' },
        ]}
        value={method}
        onChange={(next) => {
          setMethod(next);
          setImage(null);
        }}
      />
      {method === 'typed' ? (
        <TextField
          label="Typed signature"
          hint={`${person} types their full name.`}
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          error={field('signature.name')}
        />
      ) : (
        <>
          <TextField
            label="Name of the signer"
            autoComplete="off"
            value={signer}
            onChange={(event) => setSigner(event.target.value)}
            error={field('signature.name')}
          />
          <SignaturePad
            label={`${person}’s signature`}
            hint="Sign in the box with a finger, pen or mouse."
            onChange={setImage}
            error={field('signature.image')}
          />
        </>
      )}
      <FormError error={error} placed={PLACED} />
      <div className="row">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Signing…">
          Sign as {person}
        </Button>
      </div>
    </form>
  );
}
