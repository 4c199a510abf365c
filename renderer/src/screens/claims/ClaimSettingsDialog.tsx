import { useState, type FormEvent } from 'react';
import type { ClaimSettings } from '../../../../shared/domain/claims.ts';
import { call } from '../../api.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Choice } from '../../ui/Choice.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { TextField } from '../../ui/TextField.tsx';

export interface ClaimSettingsDialogProps {
  settings: ClaimSettings;
  onClose: () => void;
  onDone: (settings: ClaimSettings) => void;
}

type TextKey = Exclude<keyof ClaimSettings, 'acceptAssignment' | 'signatureOnFile' | 'fileUse'>;

const TEXT_FIELDS: { key: TextKey; label: string; hint?: string; mono?: boolean }[] = [
  {
    key: 'submitterId',
    label: 'Submitter ID',
    hint: 'From your clearinghouse (ETIN).',
    mono: true,
  },
  { key: 'submitterName', label: 'Submitter name', hint: 'Usually the practice name.' },
  { key: 'receiverId', label: 'Receiver ID', hint: 'The clearinghouse’s own ID.', mono: true },
  { key: 'receiverName', label: 'Receiver name', hint: 'The clearinghouse’s name.' },
  { key: 'contactName', label: 'Contact name', hint: 'Who the clearinghouse calls.' },
  { key: 'contactPhone', label: 'Contact phone', hint: 'For questions about a file.' },
  {
    key: 'taxonomyCode',
    label: 'Taxonomy code',
    hint: 'Your provider taxonomy, like 101YP2500X (professional counselor).',
    mono: true,
  },
  {
    key: 'placeOfService',
    label: 'Usual place of service',
    hint: '11 office, 10 telehealth at home, 02 telehealth elsewhere.',
    mono: true,
  },
];

const PLACED = TEXT_FIELDS.map((f) => f.key);

/** What the clearinghouse gave the counselor, and how claims are filled in. */
export function ClaimSettingsDialog({ settings, onClose, onDone }: ClaimSettingsDialogProps) {
  const [draft, setDraft] = useState(settings);
  const form = useSubmit();
  const fields = form.error?.fields ?? {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await form.run(() => call('claims.saveSettings', draft));
    if (outcome?.ok) onDone(outcome.value);
  };

  return (
    <FormDialog
      title="Claim settings"
      onClose={onClose}
      size="wide"
      form={form}
      onSubmit={submit}
      placed={PLACED}
      submitLabel="Save claim settings"
      busyLabel="Saving…"
    >
      <p className="muted">
        Your NPI, tax ID and address come from Settings › Practice. These fill in the rest of the
        837P file and the CMS-1500.
      </p>
      <div className="field-grid">
        {TEXT_FIELDS.map((f, i) => (
          <TextField
            key={f.key}
            label={f.label}
            hint={f.hint}
            mono={f.mono}
            value={draft[f.key]}
            onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
            error={fields[f.key]}
            {...(i === 0 ? { 'data-autofocus': true } : {})}
          />
        ))}
      </div>
      <div className="stack-sm">
        <Checkbox
          label="I accept assignment (the insurer pays me directly)"
          checked={draft.acceptAssignment}
          onChange={(e) => setDraft({ ...draft, acceptAssignment: e.target.checked })}
        />
        <Checkbox
          label="Clients’ signatures are on file (release of information, boxes 12 and 13)"
          checked={draft.signatureOnFile}
          onChange={(e) => setDraft({ ...draft, signatureOnFile: e.target.checked })}
        />
        <Choice
          legend="837P files are"
          look="segmented"
          options={[
            { value: 'production', label: 'Real claims' },
            { value: 'test', label: 'Test files' },
          ]}
          value={draft.fileUse}
          onChange={(fileUse) => setDraft({ ...draft, fileUse })}
          hint="Your clearinghouse may ask for a test file first; test files are never sent to payers."
        />
      </div>
    </FormDialog>
  );
}
