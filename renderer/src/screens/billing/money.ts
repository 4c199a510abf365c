import { formatMoney } from '../../../../shared/money.ts';

/** Cents as the text a money field edits: 13000 -> "130.00" (what parseMoney reads back). */
export function moneyText(cents: number, currency: string): string {
  return formatMoney(cents, currency).replace(/[^\d.,-]/g, '');
}

/** A ledger amount with its sign spelled out: "+$130.00" adds to what is owed, "−$50.00" takes away. */
export function signedMoney(cents: number, currency: string): string {
  if (cents === 0) return formatMoney(0, currency);
  return `${cents > 0 ? '+' : '−'}${formatMoney(Math.abs(cents), currency)}`;
}
