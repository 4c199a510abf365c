import { z } from 'zod';

import { isValidTimeZone } from '../dates.ts';
import { noteSettings } from './notes.ts';
import { scheduleSettings } from './scheduling.ts';
import { address } from './address.ts';
import { line as text, phone } from './text.ts';

/** NPI check digit: Luhn over "80840" + the first nine digits (CMS NPI standard). */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`.split('').map(Number);
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits[i] as number;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Re-exported for older imports; the time helpers own it. */
export { isValidTimeZone };

export function isValidCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

export { address, type Address } from './address.ts';

export const practiceProfile = z.strictObject({
  practiceName: text(200, 'Practice name'),
  counselorName: text(200, 'Your name'),
  credentials: text(100, 'Credentials'),
  npi: text(10, 'NPI').refine(
    (v) => v === '' || isValidNpi(v),
    'An NPI is 10 digits with a valid check digit. Check it against your NPPES record.',
  ),
  taxId: text(11, 'Tax ID').refine(
    (v) => v === '' || /^\d{2}-?\d{7}$/.test(v),
    'A tax ID (EIN) is 9 digits, written like 12-3456789.',
  ),
  address,
  phone: phone(),
  timeZone: z
    .string('Choose a time zone.')
    .refine(isValidTimeZone, 'Choose a time zone from the list, like America/Chicago.'),
  currency: z
    .string('Choose a currency.')
    .refine(isValidCurrency, 'Choose a currency code from the list, like USD.'),
});
export type PracticeProfile = z.infer<typeof practiceProfile>;

export const AUTO_LOCK_LIMITS = { min: 1, max: 240, default: 10 } as const;

export const securitySettings = z.strictObject({
  autoLockMinutes: z
    .number('Enter a number of minutes.')
    .int('Use whole minutes.')
    .min(AUTO_LOCK_LIMITS.min, `Lock after at least ${AUTO_LOCK_LIMITS.min} minute.`)
    .max(AUTO_LOCK_LIMITS.max, `Lock after at most ${AUTO_LOCK_LIMITS.max} minutes (4 hours).`),
});
export type SecuritySettings = z.infer<typeof securitySettings>;

export const planSettings = z.strictObject({
  /** Days from a plan's start to its first review. */
  reviewDays: z
    .number('Enter a number of days.')
    .int('Use whole days.')
    .min(7, 'Review a plan after at least 7 days.')
    .max(365, 'Review a plan at least once a year (365 days).'),
});
export type PlanSettings = z.infer<typeof planSettings>;
export const DEFAULT_PLAN_SETTINGS: PlanSettings = { reviewDays: 90 };

/** A short code that closes Client view; the passphrase always works too. */
export const clientViewPin = z.string('Enter a PIN.').regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits.');

export const settings = z.strictObject({
  practice: practiceProfile,
  security: securitySettings,
  schedule: scheduleSettings,
  plans: planSettings.extend({ clientViewPinSet: z.boolean() }),
  notes: noteSettings,
});
export type Settings = z.infer<typeof settings>;

export function defaultPracticeProfile(timeZone: string): PracticeProfile {
  return {
    practiceName: '',
    counselorName: '',
    credentials: '',
    npi: '',
    taxId: '',
    address: { line1: '', line2: '', city: '', region: '', postalCode: '' },
    phone: '',
    timeZone: isValidTimeZone(timeZone) ? timeZone : 'America/New_York',
    currency: 'USD',
  };
}
