import type { ShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';

/**
 * The core refuses an overlapping or out-of-hours booking with one message, "Please confirm: A.
 * B. C." Each warning is a sentence that starts with the session's day ("Mon, Mar 2, ..."), so
 * they are split back into a list the counselor can read one by one.
 */
export function conflictWarnings(message: string): string[] {
  const body = message.replace(/^Please confirm:\s*/, '');
  return body
    .split(/(?<=\.)\s+(?=(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), |And \d+ more)/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A refusal that only needs the counselor's go-ahead (overlaps, hours), not a correction. */
export function needsConfirmation(error: ShownError): boolean {
  return error.code === 'CONFLICT' && error.message.startsWith('Please confirm');
}

export interface ConflictPromptProps {
  message: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before booking over another session, time off or outside working hours. */
export function ConflictPrompt({ message, busy, onConfirm, onCancel }: ConflictPromptProps) {
  const warnings = conflictWarnings(message);
  return (
    <Dialog open title="Book anyway?" onClose={onCancel}>
      <Alert tone="info" title="Please check before booking:">
        <ul className="alert-list conflict-list">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      </Alert>
      <p className="muted">
        Nothing has been saved yet. Book anyway if you meant it, for example a double session or an
        evening you work this once.
      </p>
      <div className="dialog-actions">
        {/* Focus starts on the choice that changes nothing. */}
        <Button onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button variant="primary" busy={busy} busyLabel="Booking…" onClick={onConfirm}>
          Book anyway
        </Button>
      </div>
    </Dialog>
  );
}
