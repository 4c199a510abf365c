import { useEffect, useState } from 'react';
import type { Appointment } from '../../../../shared/domain/scheduling.ts';
import type { Navigate } from '../../shell/routes.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { canHaveNote, noteRoute, noteStateOf, type NoteState } from './sessionNotes.ts';
import './notes.css';

/** What a session's note still needs, for the row's list of needs. Nothing when all is well. */
export function NoteBadge({
  appointment: a,
  state,
}: {
  appointment: Appointment;
  state?: NoteState;
}) {
  if (!state) return null;
  if (state.kind === 'signed') return <Badge tone="accent">Note signed</Badge>;
  if (state.kind === 'draft') return <Badge tone="neutral">Note not signed</Badge>;
  return a.status === 'attended' ? <Badge tone="neutral">Needs a note</Badge> : null;
}

const ACTION = { none: 'Write note', draft: 'Continue note', signed: 'Open note' } as const;

export interface NoteButtonProps {
  appointment: Appointment;
  state?: NoteState | undefined;
  onNavigate: Navigate;
  className?: string;
}

/** "Write note", "Continue note" or "Open note", named with the client it is for. */
export function NoteButton({ appointment: a, state, onNavigate, className }: NoteButtonProps) {
  if (!state || (state.kind === 'none' && !canHaveNote(a, new Date()))) return null;
  return (
    <Button
      variant={state.kind === 'signed' ? 'secondary' : 'primary'}
      className={className}
      aria-label={`${ACTION[state.kind]}: ${a.clientName}`}
      onClick={() => onNavigate(noteRoute(a, state))}
    >
      {ACTION[state.kind]}
    </Button>
  );
}

/** The schedule's details dialog: reads the one session's note state itself. */
export function SessionNoteButton({
  appointment,
  onNavigate,
}: {
  appointment: Appointment;
  onNavigate: Navigate;
}) {
  const [state, setState] = useState<NoteState | undefined>(undefined);
  const { id, status } = appointment;
  useEffect(() => {
    let live = true;
    if (status === 'cancelled_client' || status === 'cancelled_counselor') return;
    noteStateOf(id).then(
      (value) => live && setState(value),
      // Without a state the button stays away; the note is still reachable from the client.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, status]);
  return <NoteButton appointment={appointment} state={state} onNavigate={onNavigate} />;
}
