import { useState, type FormEvent } from 'react';
import type { ChannelInput } from '../../../../../shared/contract.ts';
import { addDays } from '../../../../../shared/dates.ts';
import {
  CONSENT_KINDS,
  CONSENT_LABELS,
  type Client,
  type ConsentKind,
} from '../../../../../shared/domain/clients.ts';
import { call } from '../../../api.ts';
import { FormError } from '../../../forms/FormError.tsx';
import { useSubmit } from '../../../forms/useSubmit.ts';
import { Button } from '../../../ui/Button.tsx';
import { Choice } from '../../../ui/Choice.tsx';
import { Dialog } from '../../../ui/Dialog.tsx';
import { Select } from '../../../ui/Select.tsx';
import { SignaturePad } from '../../../ui/SignaturePad.tsx';
import { TextArea } from '../../../ui/TextArea.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { consentTemplate } from './consentTemplates.ts';

const KINDS = CONSENT_KINDS.map((kind) => ({ value: kind, label: CONSENT_LABELS[kind] }));

const PLACED = [
  'kind',
  'text',
  'signedOn',
  'signature',
  'signature.name',
  'signature.image',
  'release',
  'release.to',
  'release.what',
  'release.until',
];

export interface RecordConsentDialogProps {
  open: boolean;
  client: Client;
  today: string;
  counselorName: string;
  onClose: () => void;
  onRecorded: (client: Client) => void;
}

export function RecordConsentDialog(props: RecordConsentDialogProps) {
  const { open, client, today, counselorName, onClose, onRecorded } = props;
  const [kind, setKind] = useState<ConsentKind>('treatment');
  const [text, setText] = useState(() => consentTemplate('treatment', counselorName));
  const [signedOn, setSignedOn] = useState(today);
  const [release, setRelease] = useState({ to: '', what: '', until: addDays(today, 365) });
  const [method, setMethod] = useState<'drawn' | 'typed'>('drawn');
  const [typedName, setTypedName] = useState('');
  const [signer, setSigner] = useState(`${client.legalFirstName} ${client.legalLastName}`);
  const [image, setImage] = useState<string | null>(null);
  const { busy, error, setError, run, formRef } = useSubmit();

  const chooseKind = (next: ConsentKind) => {
    // The template follows the kind until the counselor has edited the text.
    if (text === consentTemplate(kind, counselorName))
      setText(consentTemplate(next, counselorName));
    setKind(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (method === 'drawn' && !image) {
      setError({
        code: 'VALIDATION',
        message: 'One detail needs attention.',
        fields: { 'signature.image': 'Sign in the box, or choose a typed signature.' },
      });
      return;
    }
    const input: ChannelInput<'consents.record'> = {
      clientId: client.id,
      kind,
      text,
      signedOn,
      signature:
        method === 'typed'
          ? { kind: 'typed', name: typedName }
          : { kind: 'drawn', name: signer, image: image ?? '' },
      release: kind === 'release' ? release : null,
    };
    const outcome = await run(() => call('consents.record', input));
    if (outcome?.ok) onRecorded(outcome.value);
  };

  const field = (key: string) => error?.fields[key];
  return (
    <Dialog open={open} title="Record consent" onClose={onClose}>
      <form ref={formRef} className="client-dialog-form" onSubmit={submit} noValidate>
        <Select
          label="Kind of consent"
          options={KINDS}
          value={kind}
          onChange={(event) => chooseKind(event.target.value as ConsentKind)}
          error={field('kind')}
        />
        <TextArea
          label="Text the client signs"
          hint="A plain starting text. Edit it to match your own form before the client signs."
          rows={8}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={field('text')}
        />
        {kind === 'release' && (
          <fieldset className="fieldset">
            <legend className="fieldset-legend">Release</legend>
            <TextField
              label="Shared with"
              hint="The person or organization, e.g. “Dr. Lee, Family Medicine”."
              value={release.to}
              onChange={(event) => setRelease({ ...release, to: event.target.value })}
              error={field('release.to')}
            />
            <TextArea
              label="What may be shared"
              rows={2}
              value={release.what}
              onChange={(event) => setRelease({ ...release, what: event.target.value })}
              error={field('release.what')}
            />
            <TextField
              label="Until"
              type="date"
              min={signedOn}
              value={release.until}
              onChange={(event) => setRelease({ ...release, until: event.target.value })}
              error={field('release.until') ?? field('release')}
            />
          </fieldset>
        )}
        <TextField
          label="Signed on"
          type="date"
          max={today}
          value={signedOn}
          onChange={(event) => setSignedOn(event.target.value)}
          error={field('signedOn')}
        />
        <Choice
          legend="How does the client sign?"
          inline
          options={[
            { value: 'drawn', label: 'Drawn', hint: 'With a mouse, pen or finger.' },
            { value: 'typed', label: 'Typed name', hint: 'With the keyboard.' },
          ]}
          value={method}
          onChange={(next) => {
            setMethod(next);
            setImage(null);
          }}
          error={field('signature')}
        />
        {method === 'typed' ? (
          <TextField
            label="Typed signature"
            hint="The client types their full name."
            autoComplete="off"
            value={typedName}
            onChange={(event) => setTypedName(event.target.value)}
            error={field('signature.name')}
          />
        ) : (
          <>
            <TextField
              label="Name of the signer"
              hint="The client, or the parent or guardian signing for them."
              autoComplete="off"
              value={signer}
              onChange={(event) => setSigner(event.target.value)}
              error={field('signature.name')}
            />
            <SignaturePad
              label="Signature"
              hint="Sign in the box."
              onChange={setImage}
              error={field('signature.image')}
            />
          </>
        )}
        <FormError error={error} placed={PLACED} />
        <div className="dialog-actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            Record consent
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}
