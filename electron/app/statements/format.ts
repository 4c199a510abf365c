import type { Client } from '../../../shared/domain/clients.ts';
import type { PracticeProfile } from '../../../shared/domain/settings.ts';
import { formatMoney } from '../../../shared/money.ts';
import type { Block } from '../documents/billing-pdf.ts';

/** 2026-06-03 → 06/03/2026, the form insurers read on superbills and claims. */
export function usDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${m}/${d}/${y}`;
}

/** 2026-06-03 → June 3, 2026. */
export function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
}

export function moneyOf(currency: string): (cents: number) => string {
  return (cents) => formatMoney(cents, currency);
}

export function addressLines(a: {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
}): string[] {
  const cityLine = [a.city, [a.region, a.postalCode].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return [a.line1, a.line2, cityLine].filter((l) => l.trim() !== '');
}

export function legalName(c: Pick<Client, 'legalFirstName' | 'legalMiddleName' | 'legalLastName'>) {
  return [c.legalFirstName, c.legalMiddleName, c.legalLastName].filter(Boolean).join(' ');
}

/** The practice as the letterhead shows it: name, counselor, address, phone and ids. */
export function practiceBlock(p: PracticeProfile): Block {
  const counselor = [p.counselorName, p.credentials].filter(Boolean).join(', ');
  const name = p.practiceName || counselor || 'Your practice';
  return {
    label: name,
    lines: [
      name === counselor ? '' : counselor,
      ...addressLines(p.address),
      p.phone ? `Phone ${p.phone}` : '',
      p.npi ? `NPI ${p.npi}` : '',
      p.taxId ? `Tax ID ${p.taxId}` : '',
    ].filter(Boolean),
  };
}

/** The one-line location of the practice, for the Good Faith Estimate. */
export function oneLineAddress(p: PracticeProfile): string {
  return addressLines(p.address).join(', ');
}

/** An amount taken off a balance, "−$130.00"; nothing taken off reads "$0.00". */
export function minus(money: (cents: number) => string, cents: number): string {
  return cents === 0 ? money(0) : `−${money(Math.abs(cents))}`;
}
