import type { Address } from '../../../shared/domain/address.ts';

/** A person's name as claims want it: last, first, middle. */
export interface PersonName {
  last: string;
  first: string;
  middle: string;
}

/** A claim with everything the 837P and the CMS-1500 print, read from the database once. */
export interface ClaimDocument {
  claimId: number;
  totalCents: number;
  createdOn: string;
  provider: {
    practiceName: string;
    name: PersonName;
    credentials: string;
    npi: string;
    /** Digits only. */
    taxId: string;
    address: Address;
    phone: string;
  };
  patient: {
    /** The patient account number (box 26): the client's record number. */
    accountNumber: string;
    name: PersonName;
    dateOfBirth: string | null;
    address: Address;
    phone: string;
  };
  /** The insured. relationship 'self': the client holds the policy. */
  subscriber: {
    relationship: 'self' | 'spouse' | 'child' | 'other';
    name: PersonName;
    dateOfBirth: string | null;
    memberId: string;
    groupNumber: string;
  };
  payer: { name: string; id: string };
  /** ICD-10-CM codes as stored (with dots), in the client's order; at most 12. */
  diagnoses: string[];
  lines: ClaimDocumentLine[];
  /** What the client has paid on these charges (box 29). */
  paidCents: number;
}

export interface ClaimDocumentLine {
  serviceDate: string;
  serviceCode: string;
  modifiers: string[];
  placeOfService: string;
  units: number;
  amountCents: number;
  /** 1-based positions in `diagnoses`, at most four. */
  pointers: number[];
}

/** "Jordan A. Lee" → last Lee, first Jordan, middle A. One word is a last name. */
export function splitName(full: string): PersonName {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { last: words[0] ?? '', first: '', middle: '' };
  return {
    last: words[words.length - 1] ?? '',
    first: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
  };
}

/** ICD-10-CM codes go on claims without the dot: F41.1 → F411. */
export function claimDiagnosisCode(code: string): string {
  return code.replace(/\./g, '').toUpperCase();
}
