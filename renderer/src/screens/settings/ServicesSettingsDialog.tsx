import { useState, type FormEvent } from 'react';
import { formatMoney, parseMoney } from '../../../../shared/money.ts';
import {
  PLACES_OF_SERVICE,
  type PlaceOfService,
  type Service,
} from '../../../../shared/domain/services.ts';
import { call } from '../../api.ts';
import { FormError } from '../../forms/FormError.tsx';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { MoneyField } from '../../ui/MoneyField.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';

/** Cents as the text a money field edits: 13000 -> "130.00" (what parseMoney reads back). */
export function amountText(cents: number, currency: string): string {
  return formatMoney(cents, currency).replace(/[^\d.,-]/g, '');
}

export const PLACE_OPTIONS = Object.entries(PLACES_OF_SERVICE).map(([code, label]) => ({
  value: code,
  label: `${code} · ${label}`,
}));

const PLACED = ['code', 'label', 'defaultMinutes', 'feeCents', 'placeOfService', 'modifiers'];

export interface ServiceDialogProps {
  /** null: a new service. */
  service: Service | null;
  currency: string;
  onSaved: (service: Service) => void;
  onCancel: () => void;
}

/** Adds or edits one service: its CPT code, our plain label, usual length and fee. */
export function ServiceDialog({ service, currency, onSaved, onCancel }: ServiceDialogProps) {
  const [draft, setDraft] = useState({
    code: service?.code ?? '',
    label: service?.label ?? '',
    minutes: String(service?.defaultMinutes ?? 50),
    fee: service ? amountText(service.feeCents, currency) : '',
    placeOfService: service?.placeOfService ?? ('11' as PlaceOfService),
    modifiers: service?.modifiers.join(' ') ?? '',
    isAddOn: service?.isAddOn ?? false,
  });
  const [feeError, setFeeError] = useState<string | null>(null);
  const { busy, error, run, formRef } = useSubmit();
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const feeCents = parseMoney(draft.fee, currency);
    setFeeError(feeCents === null ? 'Enter the fee as an amount, like 130.00.' : null);
    const outcome = await run(() =>
      call('services.save', {
        id: service?.id ?? null,
        code: draft.code.trim().toUpperCase(),
        label: draft.label,
        defaultMinutes: draft.minutes.trim() === '' ? Number.NaN : Number(draft.minutes),
        // An unreadable amount is sent as NaN so the other fields are checked in the same pass.
        feeCents: feeCents ?? Number.NaN,
        placeOfService: draft.placeOfService,
        modifiers: draft.modifiers
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((m) => m.toUpperCase()),
        isAddOn: draft.isAddOn,
        active: service?.active ?? true,
      }),
    );
    if (outcome?.ok) onSaved(outcome.value);
  };

  const fields = error?.fields ?? {};
  return (
    <Dialog open title={service ? `Edit ${service.code}` : 'Add a service'} onClose={onCancel}>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <div className="field-grid service-grid">
          <TextField
            label="CPT code"
            hint="Five characters, like 90834."
            mono
            maxLength={5}
            value={draft.code}
            onChange={(event) => set({ code: event.target.value })}
            error={fields.code}
            data-autofocus={!service || undefined}
          />
          <TextField
            label="Usual length (minutes)"
            hint="Fills in when you book."
            inputMode="numeric"
            value={draft.minutes}
            onChange={(event) => set({ minutes: event.target.value })}
            error={fields.defaultMinutes}
          />
          <TextField
            className="span-all"
            label="Your label"
            hint="Plain words you and your clients understand. Accord never shows the official CPT descriptions."
            value={draft.label}
            onChange={(event) => set({ label: event.target.value })}
            error={fields.label}
            maxLength={120}
            data-autofocus={service !== null || undefined}
          />
          <MoneyField
            label="Fee"
            hint={`Per session, in ${currency}.`}
            currency={currency}
            value={draft.fee}
            onChange={(event) => {
              set({ fee: event.target.value });
              setFeeError(null);
            }}
            error={feeError ?? fields.feeCents}
          />
          <TextField
            label="Modifiers"
            hint="Optional, up to 4, like HO."
            mono
            value={draft.modifiers}
            onChange={(event) => set({ modifiers: event.target.value })}
            error={fields.modifiers ?? fields['modifiers.0']}
          />
          <Select
            className="span-all"
            label="Place of service"
            hint="For sessions in the office; telehealth sessions use the code in Scheduling settings."
            options={PLACE_OPTIONS}
            value={draft.placeOfService}
            onChange={(event) => set({ placeOfService: event.target.value as PlaceOfService })}
            error={fields.placeOfService}
          />
          <div className="span-all">
            <Checkbox
              label="Add-on code: billed with another service, never booked on its own"
              checked={draft.isAddOn}
              onChange={(event) => set({ isAddOn: event.target.checked })}
            />
          </div>
        </div>
        <FormError
          error={error}
          placed={[...PLACED, 'modifiers.0', 'modifiers.1', 'modifiers.2', 'modifiers.3']}
          onField={['VALIDATION']}
        />
        <div className="dialog-actions">
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
            {service ? 'Save service' : 'Add service'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
