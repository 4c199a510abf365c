import type { Address, PracticeProfile } from '../../../../shared/domain/settings.ts';

/** A text field of the profile, by the same dotted path the vault uses in its error messages. */
export type PracticePath =
  Exclude<keyof PracticeProfile, 'address' | 'timeZone' | 'currency'> | `address.${keyof Address}`;

export interface PracticeField {
  path: PracticePath;
  label: string;
  hint?: string;
  autoComplete?: string;
  inputMode?: 'numeric' | 'tel';
  wide?: boolean;
}

export const PRACTICE_GROUPS: readonly { legend: string; fields: readonly PracticeField[] }[] = [
  {
    legend: 'Practice',
    fields: [
      { path: 'practiceName', label: 'Practice name', autoComplete: 'organization', wide: true },
      { path: 'counselorName', label: 'Your name', autoComplete: 'name' },
      { path: 'credentials', label: 'Credentials', hint: 'For example LPC, LCSW or LMFT.' },
    ],
  },
  {
    legend: 'Identifiers',
    fields: [
      {
        path: 'npi',
        label: 'NPI',
        hint: '10 digits, from your NPPES record.',
        inputMode: 'numeric',
      },
      { path: 'taxId', label: 'Tax ID', hint: 'Your EIN, like 12-3456789.' },
    ],
  },
  {
    legend: 'Address and phone',
    fields: [
      { path: 'address.line1', label: 'Street address', autoComplete: 'address-line1', wide: true },
      { path: 'address.line2', label: 'Address line 2', autoComplete: 'address-line2', wide: true },
      { path: 'address.city', label: 'City', autoComplete: 'address-level2' },
      { path: 'address.region', label: 'State or region', autoComplete: 'address-level1' },
      { path: 'address.postalCode', label: 'Postal code', autoComplete: 'postal-code' },
      { path: 'phone', label: 'Phone', autoComplete: 'tel', inputMode: 'tel' },
    ],
  },
];

export function readPath(profile: PracticeProfile, path: PracticePath): string {
  if (path.startsWith('address.')) return profile.address[path.slice(8) as keyof Address];
  return profile[path as Exclude<PracticePath, `address.${string}`>];
}

export function writePath(profile: PracticeProfile, path: PracticePath, value: string) {
  if (path.startsWith('address.')) {
    return { ...profile, address: { ...profile.address, [path.slice(8)]: value } };
  }
  return { ...profile, [path]: value };
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'currency' });

/** Every zone the system knows, plus the saved one if the list lacks it (e.g. an alias). */
export function timeZoneOptions(current: string) {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

export function currencyOptions(current: string) {
  const codes = Intl.supportedValuesOf('currency');
  const all = codes.includes(current) ? codes : [current, ...codes];
  return all.map((code) => ({ value: code, label: `${code} — ${displayNames.of(code) ?? code}` }));
}
