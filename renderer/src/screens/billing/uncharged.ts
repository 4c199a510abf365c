import type { Appointment } from '../../../../shared/domain/scheduling.ts';

/** Something that can be charged now: an attended session, or a pending late-cancel/no-show fee. */
export type Chargeable =
  | { kind: 'session'; key: string; appointment: Appointment; amountCents: null }
  | { kind: 'fee'; key: string; appointment: Appointment; feeId: number; amountCents: number };

/** Attended sessions with no charge yet, and pending policy fees, oldest first. */
export function chargeable(past: readonly Appointment[]): Chargeable[] {
  const out: Chargeable[] = [];
  const sorted = [...past].sort((a, b) => a.start.localeCompare(b.start) || a.id - b.id);
  for (const appointment of sorted) {
    if (appointment.status === 'attended' && !appointment.charged) {
      out.push({ kind: 'session', key: `s${appointment.id}`, appointment, amountCents: null });
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
