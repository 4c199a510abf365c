import type { Appointment } from '../../../../shared/domain/scheduling.ts';
import { call } from '../../api.ts';
import type { Route } from '../../shell/routes.ts';
import { savesSettled } from './autosave.ts';

/** Where a session's note stands. */
export type NoteState = { kind: 'none' } | { kind: 'draft' | 'signed'; id: number };

const CANCELLED = new Set(['cancelled_client', 'cancelled_counselor']);

/**
 * A note can be written once the session has started, whatever happened (a no-show is worth a
 * line too), but never for a cancelled one: the core refuses those.
 */
export function canHaveNote(a: Appointment, now: Date): boolean {
  if (CANCELLED.has(a.status)) return false;
  return a.status !== 'scheduled' || Date.parse(a.start) <= now.getTime();
}

export async function noteStateOf(appointmentId: number): Promise<NoteState> {
  const { note } = await call('notes.forSession', { appointmentId });
  return note ? { kind: note.status, id: note.id } : { kind: 'none' };
}

/** The note states of several sessions, read after any save still on its way. */
export async function noteStatesOf(
  sessions: readonly Appointment[],
): Promise<Map<number, NoteState>> {
  await savesSettled();
  const wanted = sessions.filter((a) => !CANCELLED.has(a.status));
  const states = await Promise.all(wanted.map((a) => noteStateOf(a.id)));
  return new Map(wanted.map((a, i) => [a.id, states[i] ?? { kind: 'none' }]));
}

/** The editor for a session's note: the note itself, or a new one for the session. */
export function noteRoute(a: Appointment, state: NoteState): Route {
  return state.kind === 'none'
    ? { name: 'note', session: a.id, date: a.date }
    : { name: 'note', id: state.id };
}
