import { formatTime } from '../schedule/time.ts';
import type { Autosave } from './autosave.ts';
import { useSaveState } from './useAutosave.ts';

export interface SaveStatusProps<T> {
  autosave: Autosave<T>;
  zone: string;
  /** Said before anything is saved, e.g. for a note not started yet. */
  idleText: string;
}

/**
 * A quiet line: "Saving…", "Saved 10:42". Only a failure is announced: a screen reader saying
 * "Saving" every two seconds would drown out the counselor's own typing.
 */
export function SaveStatus<T>({ autosave, zone, idleText }: SaveStatusProps<T>) {
  const { phase, savedAt, message, retrying } = useSaveState(autosave);
  const failed = phase === 'failed';
  const text = failed
    ? retrying
      ? 'Not saved — retrying'
      : `Not saved: ${message}`
    : phase === 'saving'
      ? 'Saving…'
      : savedAt
        ? `Saved ${formatTime(savedAt.toISOString(), zone)}`
        : idleText;
  return (
    <p className={failed ? 'save-status is-failed' : 'save-status'}>
      <span aria-hidden={failed || undefined}>{text}</span>
      <span role="status" className="sr-only">
        {failed ? text : ''}
      </span>
    </p>
  );
}
