import type { Insurance } from '../../../../../shared/domain/clients.ts';
import { formatMoney, parseMoney } from '../../../../../shared/money.ts';

export type Relationship = 'spouse' | 'child' | 'other';

export interface InsuranceDraft {
  kind: Insurance['kind'];
  payerName: string;
  payerId: string;
  memberId: string;
  groupNumber: string;
  subscriberIsClient: boolean;
  subscriberName: string;
  subscriberBirthDate: string;
  relationship: Relationship;
  /** As typed, e.g. "25.00". */
  copay: string;
}

export function insuranceDraft(saved: Insurance | null, currency: string): InsuranceDraft {
  const draft: InsuranceDraft = {
    kind: 'insurance',
    payerName: '',
    payerId: '',
    memberId: '',
    groupNumber: '',
    subscriberIsClient: true,
    subscriberName: '',
    subscriberBirthDate: '',
    relationship: 'spouse',
    copay: '',
  };
  if (!saved) return draft;
  if (saved.kind === 'self_pay') return { ...draft, kind: 'self_pay' };
  // The amount without its symbol or grouping, so it reads back as typed: "1250.00".
  const copay = formatMoney(saved.copayCents, currency).replace(/[^\d.-]/g, '');
  return {
    ...draft,
    payerName: saved.payerName,
    payerId: saved.payerId,
    memberId: saved.memberId,
    groupNumber: saved.groupNumber,
    subscriberIsClient: saved.subscriber === null,
    subscriberName: saved.subscriber?.name ?? '',
    subscriberBirthDate: saved.subscriber?.dateOfBirth ?? '',
    relationship: saved.subscriber?.relationship ?? 'spouse',
    copay,
  };
}

export const COPAY_FORMAT = 'Enter the copay as an amount, like 25.00, or leave it empty.';

/** The input to save, or null when the copay cannot be read as money. */
export function insuranceInput(draft: InsuranceDraft, currency: string): Insurance | null {
  if (draft.kind === 'self_pay') return { kind: 'self_pay' };
  const copayCents = draft.copay.trim() === '' ? 0 : parseMoney(draft.copay, currency);
  if (copayCents === null) return null;
  return {
    kind: 'insurance',
    payerName: draft.payerName,
    payerId: draft.payerId,
    memberId: draft.memberId,
    groupNumber: draft.groupNumber,
    subscriber: draft.subscriberIsClient
      ? null
      : {
          relationship: draft.relationship,
          name: draft.subscriberName,
          dateOfBirth: draft.subscriberBirthDate,
        },
    copayCents,
  };
}
