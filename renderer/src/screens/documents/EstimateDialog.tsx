import { useEffect, useState, type FormEvent } from 'react';
import { addDays, isCalendarDate } from '../../../../shared/dates.ts';
import type { Estimate } from '../../../../shared/domain/estimates.ts';
import type { Service } from '../../../../shared/domain/services.ts';
import { formatMoney, parseMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { Button } from '../../ui/Button.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import { MoneyField } from '../../ui/MoneyField.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { moneyText } from '../billing/money.ts';
import { useMoneyForm } from '../billing/useMoneyForm.ts';

export interface EstimateDialogProps {
  clientId: number;
  currency: string;
  today: string;
  onClose: () => void;
  onDone: (estimate: Estimate) => void;
}

interface ItemDraft {
  key: number;
  serviceCode: string;
  label: string;
  quantity: string;
  unit: string;
}

const PLACED = [
  'items',
  'issuedOn',
  'primaryService',
  'expectedDate',
  'periodEnd',
  'diagnosisCodes',
  'separateScheduling',
];

let nextKey = 1;

/** A new Good Faith Estimate: the expected services, their codes and charges, and the period. */
export function EstimateDialog({
  clientId,
  currency,
  today,
  onClose,
  onDone,
}: EstimateDialogProps) {
  const [services, setServices] = useState<Service[]>([]);
  const [issuedOn, setIssuedOn] = useState(today);
  const [primaryService, setPrimaryService] = useState('Individual counseling');
  const [expectedDate, setExpectedDate] = useState(today);
  const [periodEnd, setPeriodEnd] = useState(addDays(today, 364));
  // The period follows the day it is given (a year) until the counselor sets it.
  const [periodSet, setPeriodSet] = useState(false);
  const [items, setItems] = useState<ItemDraft[]>([]);
  const [diagnosisCodes, setDiagnosisCodes] = useState('');
  const [separateScheduling, setSeparateScheduling] = useState('');
  const form = useMoneyForm(currency);
  const { fields } = form;

  useEffect(() => {
    void call('services.list', { includeInactive: false }).then(({ services: list }) => {
      const priced = list.filter((s) => s.feeCents > 0);
      setServices(priced);
      // A start the counselor edits: the usual weekly session, once.
      const usual = priced.find((s) => s.code === '90834') ?? priced[0];
      setItems((now) => (now.length === 0 && usual ? [draftOf(usual, 1)] : now));
    });
    // Loaded once per dialog; draftOf only reads the currency, which does not change here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const draftOf = (service: Service, quantity: number): ItemDraft => ({
    key: nextKey++,
    serviceCode: service.code,
    label: service.label,
    quantity: String(quantity),
    unit: moneyText(service.feeCents, currency),
  });
  const addService = (id: string) => {
    const service = services.find((s) => String(s.id) === id);
    if (service) setItems((now) => [...now, draftOf(service, 1)]);
  };
  const change = (key: number, patch: Partial<ItemDraft>) =>
    setItems((now) => now.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  const parsed = items.map((i) => ({
    serviceCode: i.serviceCode.trim(),
    label: i.label.trim(),
    quantity: Number.parseInt(i.quantity, 10),
    unitCents: parseMoney(i.unit, currency),
  }));
  const total = parsed.reduce(
    (s, i) =>
      s + (Number.isFinite(i.quantity) && i.unitCents !== null ? i.quantity * i.unitCents : 0),
    0,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const badAmount = parsed.findIndex((i) => i.unitCents === null);
    if (badAmount >= 0) {
      form.refuse('Check the expected charges.', {
        [`items.${badAmount}.unitCents`]: 'Enter an amount like 130.00.',
      });
      return;
    }
    const outcome = await form.run(() =>
      call('estimates.create', {
        clientId,
        issuedOn,
        primaryService,
        expectedDate,
        periodEnd,
        items: parsed.map((i) => ({ ...i, unitCents: i.unitCents ?? 0 })),
        diagnosisCodes: diagnosisCodes
          .split(/[,;\s]+/)
          .map((c) => c.trim())
          .filter(Boolean),
        separateScheduling,
      }),
    );
    if (outcome?.ok) onDone(outcome.value);
  };

  return (
    <FormDialog
      title="New Good Faith Estimate"
      onClose={onClose}
      size="wide"
      form={form}
      onSubmit={submit}
      placed={[
        ...PLACED,
        ...Object.keys(fields).filter(
          (f) => /^items\.\d+\./.test(f) || f.startsWith('diagnosisCodes.'),
        ),
      ]}
      submitLabel="Save estimate"
      busyLabel="Saving…"
    >
      <div className="field-grid">
        <TextField
          label="Primary service"
          className="span-all"
          hint="In plain words, as the client will read it."
          value={primaryService}
          onChange={(e) => setPrimaryService(e.target.value)}
          error={fields.primaryService}
          data-autofocus
        />
        <TextField
          label="Given on"
          type="date"
          value={issuedOn}
          onChange={(e) => {
            setIssuedOn(e.target.value);
            if (!periodSet && isCalendarDate(e.target.value))
              setPeriodEnd(addDays(e.target.value, 364));
          }}
          error={fields.issuedOn}
        />
        <TextField
          label="Expected date of the first session"
          type="date"
          value={expectedDate}
          onChange={(e) => setExpectedDate(e.target.value)}
          error={fields.expectedDate}
        />
        <TextField
          label="Covers care until"
          hint="At most 12 months after it is given."
          type="date"
          value={periodEnd}
          onChange={(e) => {
            setPeriodEnd(e.target.value);
            setPeriodSet(true);
          }}
          error={fields.periodEnd}
        />
      </div>

      <fieldset className="estimate-items">
        <legend>Expected services</legend>
        {items.length === 0 && (
          <p className="muted">Add the services you expect, with how many of each.</p>
        )}
        {items.map((item, i) => (
          <div className="estimate-item" key={item.key}>
            <TextField
              label="Code"
              mono
              value={item.serviceCode}
              onChange={(e) => change(item.key, { serviceCode: e.target.value })}
              error={fields[`items.${i}.serviceCode`]}
            />
            <TextField
              label="Service"
              value={item.label}
              onChange={(e) => change(item.key, { label: e.target.value })}
              error={fields[`items.${i}.label`]}
            />
            <TextField
              label="How many"
              inputMode="numeric"
              value={item.quantity}
              onChange={(e) => change(item.key, { quantity: e.target.value })}
              error={fields[`items.${i}.quantity`]}
            />
            <MoneyField
              label="Charge each"
              currency={currency}
              value={item.unit}
              onChange={(e) => change(item.key, { unit: e.target.value })}
              error={fields[`items.${i}.unitCents`]}
            />
            <Button
              variant="quiet"
              className="button-small estimate-remove"
              onClick={() => setItems((now) => now.filter((x) => x.key !== item.key))}
              aria-label={`Remove ${item.serviceCode || 'this service'}`}
            >
              Remove
            </Button>
          </div>
        ))}
        <div className="estimate-add">
          <Select
            label="Add a service"
            value=""
            onChange={(e) => addService(e.target.value)}
            options={[
              { value: '', label: 'Choose a service to add…' },
              ...services.map((s) => ({
                value: String(s.id),
                label: `${s.code} ${s.label} · ${formatMoney(s.feeCents, currency)}`,
              })),
            ]}
            error={fields.items}
          />
          <p className="estimate-total">
            Total estimate <strong>{formatMoney(total, currency)}</strong>
          </p>
        </div>
      </fieldset>

      <div className="field-grid">
        <TextField
          label="Diagnosis codes (if known)"
          hint="ICD-10-CM, separated by commas, e.g. F41.1."
          mono
          value={diagnosisCodes}
          onChange={(e) => setDiagnosisCodes(e.target.value)}
          error={
            fields.diagnosisCodes ??
            Object.entries(fields).find(([f]) => f.startsWith('diagnosisCodes.'))?.[1]
          }
        />
        <TextArea
          label="Services that need separate scheduling"
          hint="Care from other providers the client may need; leave empty if none."
          rows={2}
          value={separateScheduling}
          onChange={(e) => setSeparateScheduling(e.target.value)}
          error={fields.separateScheduling}
        />
      </div>
    </FormDialog>
  );
}
