import type { Ledger } from '../../../../shared/domain/billing.ts';
import type { Appointment } from '../../../../shared/domain/scheduling.ts';

/** Something that can be charged now: an attended session, or a pending late-cancel/no-show fee. */
export type Chargeable =
  | { kind: 'session'; key: string; appointment: Appointment; amountCents: null }
  | { kind: 'fee'; key: string; appointment: Appointment; feeId: number; amountCents: number };

/**
 * Attended sessions with no charge yet, and pending policy fees. A session's charge is known by
 * its date and service ("90834 Psychotherapy, 45 minutes" on 2026-05-04), counted, so two
 * sessions on one day need two charges.
 */
export function chargeable(past: readonly Appointment[], ledger: Ledger): Chargeable[] {
  const charged = new Map<string, number>();
  for (const line of ledger.lines) {
    if (line.kind !== 'charge') continue;
    const key = `${line.on}|${line.description}`;
    charged.set(key, (charged.get(key) ?? 0) + 1);
  }
  const out: Chargeable[] = [];
  const sorted = [...past].sort((a, b) => a.start.localeCompare(b.start) || a.id - b.id);
  for (const appointment of sorted) {
    if (appointment.status === 'attended') {
      const key = `${appointment.date}|${appointment.serviceCode} ${appointment.serviceLabel}`;
      const left = charged.get(key) ?? 0;
      if (left > 0) charged.set(key, left - 1);
      else out.push({ kind: 'session', key: `s${appointment.id}`, appointment, amountCents: null });
    }
    if (appointment.fee?.status === 'pending') {
      out.push({
        kind: 'fee',
        key: `f${appointment.fee.id}`,
        appointment,
        feeId: appointment.fee.id,
        amountCents: appointment.fee.amountCents,
      });
    }
  }
  return out;
}
