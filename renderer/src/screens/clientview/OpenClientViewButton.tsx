import { useState, type FormEvent } from 'react';
import { displayName, type Client } from '../../../../shared/domain/clients.ts';
import type { MeasureKind } from '../../../../shared/measures.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { rememberChoices } from './session.ts';

type Offer = MeasureKind | 'optional';

export interface OpenClientViewButtonProps {
  client: Client;
  /** Client view is open in the core: show it. */
  onOpened: () => void;
}

/** The profile's way into Client view, with the counselor's choice of questionnaire. */
export function OpenClientViewButton({ client, onOpened }: OpenClientViewButtonProps) {
  const [open, setOpen] = useState(false);
  const [offer, setOffer] = useState<Offer>('phq9');
  const { busy, error, run, formRef } = useSubmit();
  if (client.status === 'discharged') return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(async () => {
      // Read now: once Client view is open, Settings are closed until the counselor leaves.
      const settings = await call('settings.get');
      rememberChoices({
        measure: offer === 'optional' ? null : offer,
        pinSet: settings.plans.clientViewPinSet,
        autoLockMinutes: settings.security.autoLockMinutes,
      });
      return call('clientView.enter', { clientId: client.id });
    });
    if (outcome?.ok) onOpened();
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>Open Client view…</Button>
      <Dialog open={open} title="Open Client view" onClose={() => setOpen(false)}>
        <form ref={formRef} className="client-dialog-form" onSubmit={submit} noValidate>
          <p>
            The screen will show only {displayName(client)}’s plan, in large type, for you to work
            on together. Your notes, diagnoses, scores and other clients stay hidden. To leave, you
            will need your passphrase or your Client view PIN.
          </p>
          <Choice<Offer>
            legend="Questionnaire to offer"
            options={[
              { value: 'phq9', label: 'PHQ-9', hint: 'Mood over the last two weeks.' },
              { value: 'gad7', label: 'GAD-7', hint: 'Worry and anxiety over the last two weeks.' },
              {
                value: 'optional',
                label: 'Let the client choose, or skip',
                hint: 'Both are offered as optional.',
              },
            ]}
            value={offer}
            onChange={setOffer}
          />
          <FormError error={error} placed={[]} />
          <div className="dialog-actions">
            <Button type="submit" variant="primary" busy={busy} busyLabel="Opening…">
              Turn the screen to the client
            </Button>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
