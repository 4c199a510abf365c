import { useEffect, useState } from 'react';
import type { Appointment } from '../../../../shared/domain/scheduling.ts';
import { noteStatesOf, type NoteState } from './sessionNotes.ts';

const NONE: ReadonlyMap<number, NoteState> = new Map();

/**
 * The note state of each listed session. Until read, rows show no note badge; after a reload the
 * states already read stay up until the new ones arrive, so nothing flickers.
 */
export function useNoteStates(
  sessions: readonly Appointment[] | undefined,
): ReadonlyMap<number, NoteState> {
  const [states, setStates] = useState(NONE);

  useEffect(() => {
    if (!sessions) return;
    let live = true;
    noteStatesOf(sessions).then(
      (value) => live && setStates(value),
      // Today stays useful without them; each note is still on the client's record.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [sessions]);

  return states;
}
