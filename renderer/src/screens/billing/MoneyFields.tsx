import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS } from '../../../../shared/domain/billing.ts';
import { MoneyField } from '../../ui/MoneyField.tsx';
import { Select } from '../../ui/Select.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { MoneyDraft, PaymentMethod } from './useMoneyDraft.ts';

const METHOD_OPTIONS = PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] }));

export interface MoneyFieldsProps {
  value: MoneyDraft;
  onChange: (patch: Partial<MoneyDraft>) => void;
  currency: string;
  /** Field messages, keyed as the core names the fields ("amountCents", "method"…). */
  fields: Record<string, string>;
  /** "Amount", unless the form says more, like "Amount paid". */
  amountLabel?: string;
  /** Whether the amount takes focus: when its dialog opens, or as soon as the form shows. */
  focusAmount?: 'in-dialog' | 'on-show';
  /** The day the money moved: its label and the core's name for it. Left out for a fixed day. */
  date?: { label: string; field: string };
  /** How the money moved and its reference. Left out where nothing moved (an adjustment). */
  method?: {
    /** "Method", or "Paid by" where the form is all about a payment. */
    label?: string;
    /** Under the reference: what to put there for this method. */
    referenceHint?: (method: PaymentMethod) => string | undefined;
    /** The core asks for a check's number on a payment; a refund's reference stays optional. */
    checkNeedsNumber?: boolean;
    /** Cash has no reference: the field is left out until another method is chosen. */
    hideReferenceForCash?: boolean;
  };
}

/**
 * The fields every money form shares, in one order: amount, date, method, reference (the check
 * number for a check). A fragment, so the caller's grid places each field.
 */
export function MoneyFields({
  value,
  onChange,
  currency,
  fields,
  amountLabel = 'Amount',
  focusAmount,
  date,
  method,
}: MoneyFieldsProps) {
  const numbered = (method?.checkNeedsNumber ?? true) && value.method === 'check';
  const showReference = !(method?.hideReferenceForCash && value.method === 'cash');
  return (
    <>
      <MoneyField
        label={amountLabel}
        currency={currency}
        value={value.amount}
        onChange={(e) => onChange({ amount: e.target.value })}
        error={fields.amountCents}
        // A dialog focuses its marked field once open; React's autoFocus would fire too early.
        {...(focusAmount === 'in-dialog' ? { 'data-autofocus': true } : {})}
        autoFocus={focusAmount === 'on-show'}
      />
      {date && (
        <TextField
          label={date.label}
          type="date"
          value={value.on}
          onChange={(e) => onChange({ on: e.target.value })}
          error={fields[date.field]}
        />
      )}
      {method && (
        <Select
          label={method.label ?? 'Method'}
          value={value.method}
          onChange={(e) => onChange({ method: e.target.value as PaymentMethod })}
          options={METHOD_OPTIONS}
          error={fields.method}
        />
      )}
      {method && showReference && (
        <TextField
          label={numbered ? 'Check number' : 'Reference (optional)'}
          hint={method.referenceHint?.(value.method)}
          value={value.reference}
          onChange={(e) => onChange({ reference: e.target.value })}
          error={fields.reference}
          maxLength={60}
          mono
        />
      )}
    </>
  );
}
