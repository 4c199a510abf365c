import type { Insurance } from '../../../../../shared/domain/clients.ts';
import { parsePercent, percentText } from '../../../../../shared/domain/billing.ts';
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
  /** As typed, e.g. "20" for 20%. */
  coinsurance: string;
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
    coinsurance: '',
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
    coinsurance: saved.coinsuranceBp === 0 ? '' : percentText(saved.coinsuranceBp).replace('%', ''),
  };
}

export const COPAY_FORMAT = 'Enter the copay as an amount, like 25.00, or leave it empty.';
export const COINSURANCE_FORMAT =
  'Enter the coinsurance as a percentage from 0 to 100, like 20, or leave it empty.';

/** What the form could not read: the copay or coinsurance as typed. */
export function unreadableFields(draft: InsuranceDraft, currency: string): Record<string, string> {
  if (draft.kind === 'self_pay') return {};
  const fields: Record<string, string> = {};
  if (draft.copay.trim() !== '' && parseMoney(draft.copay, currency) === null)
    fields['insurance.copayCents'] = COPAY_FORMAT;
  const bp = draft.coinsurance.trim() === '' ? 0 : parsePercent(draft.coinsurance);
  if (bp === null || bp > 10_000) fields['insurance.coinsuranceBp'] = COINSURANCE_FORMAT;
  return fields;
}

/** The input to save, or null when the copay or coinsurance cannot be read. */
export function insuranceInput(draft: InsuranceDraft, currency: string): Insurance | null {
  if (draft.kind === 'self_pay') return { kind: 'self_pay' };
  const copayCents = draft.copay.trim() === '' ? 0 : parseMoney(draft.copay, currency);
  const coinsuranceBp = draft.coinsurance.trim() === '' ? 0 : parsePercent(draft.coinsurance);
  if (copayCents === null || coinsuranceBp === null) return null;
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
    coinsuranceBp,
  };
}
