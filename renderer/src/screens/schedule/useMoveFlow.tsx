import { useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract.ts';
import type { Appointment, Scope } from '../../../../shared/domain/scheduling.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { ConflictPrompt, needsConfirmation } from './ConflictPrompt.tsx';
import { ScopeDialog } from './ScopeDialog.tsx';
import { formatDateShort, formatTime } from './time.ts';

type Changes = ChannelInput<'schedule.update'>['changes'];

interface Pending {
  appointment: Appointment;
  changes: Changes;
  /** Puts the dragged session back where it was. */
  revert: () => void;
  scope: Scope;
  stage: 'scope' | 'conflict' | 'saving';
  conflict: string;
}

function describeMove(p: Pending, zone: string): string {
  const { changes, appointment: a } = p;
  if (changes?.date || changes?.time) {
    const date = changes.date ?? a.date;
    const time = changes.time ?? a.time;
    return `Move ${a.clientName}’s ${formatTime(a.start, zone)} session on ${formatDateShort(
      a.date,
    )} to ${formatDateShort(date)} at ${time}?`;
  }
  return `Change ${a.clientName}’s session to ${changes?.durationMin ?? a.durationMin} minutes?`;
}

/**
 * Dragging or resizing a session: asks which sessions when it is part of a series, asks again
 * when the new time overlaps something, and puts the session back if the counselor cancels.
 */
export function useMoveFlow(zone: string, onSaved: () => void) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (p: Pending, scope: Scope, allowConflicts: boolean) => {
    setPending({ ...p, scope, stage: 'saving' });
    try {
      await call('schedule.update', {
        id: p.appointment.id,
        scope,
        changes: p.changes,
        allowConflicts,
      });
      setPending(null);
      onSaved();
    } catch (caught) {
      const shown = toShownError(caught);
      if (needsConfirmation(shown)) {
        setPending({ ...p, scope, stage: 'conflict', conflict: shown.message });
        return;
      }
      p.revert();
      setPending(null);
      setError(shown.message);
    }
  };

  const start = (appointment: Appointment, changes: Changes, revert: () => void) => {
    setError(null);
    const p: Pending = {
      appointment,
      changes,
      revert,
      scope: 'this',
      stage: 'scope',
      conflict: '',
    };
    if (appointment.seriesId === null) void send(p, 'this', false);
    else setPending(p);
  };

  const cancel = () => {
    pending?.revert();
    setPending(null);
  };

  const prompt = pending && (
    <>
      {(pending.stage === 'scope' || (pending.stage === 'saving' && pending.conflict === '')) &&
        pending.appointment.seriesId !== null && (
          <ScopeDialog
            title="A session in a series"
            question={`${describeMove(pending, zone)} It is part of a series (${
              pending.appointment.seriesDescription ?? 'repeating'
            }).`}
            busy={pending.stage === 'saving'}
            onChoose={(scope) => void send(pending, scope, false)}
            onCancel={cancel}
          />
        )}
      {pending.conflict !== '' && (
        <ConflictPrompt
          message={pending.conflict}
          busy={pending.stage === 'saving'}
          onConfirm={() => void send(pending, pending.scope, true)}
          onCancel={cancel}
        />
      )}
    </>
  );

  return { start, prompt, error, dismissError: () => setError(null) };
}
