import { useCallback, useState } from 'react';
import type { PAYMENT_METHODS } from '../../../../shared/domain/billing.ts';

export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** What MoneyFields edit, as typed: the amount stays text until the form reads it. */
export interface MoneyDraft {
  amount: string;
  /** YYYY-MM-DD. */
  on: string;
  method: PaymentMethod;
  reference: string;
}

/** The state behind MoneyFields, starting from what the form suggests. */
export function useMoneyDraft(start: Partial<MoneyDraft>) {
  const [draft, setDraft] = useState<MoneyDraft>({
    amount: '',
    on: '',
    method: 'cash',
    reference: '',
    ...start,
  });
  const change = useCallback(
    (patch: Partial<MoneyDraft>) => setDraft((now) => ({ ...now, ...patch })),
    [],
  );
  return [draft, change] as const;
}
