import type { ReactNode } from 'react';
import { Button } from './Button.tsx';

export interface FormActionsProps {
  onCancel: () => void;
  /** What the primary button says, like "Record payment". */
  submitLabel: ReactNode;
  busy: boolean;
  /** What it says while the call runs, like "Recording…". */
  busyLabel: string;
  /** "Cancel", unless a plainer word fits, like "Keep the fee". */
  cancelLabel?: ReactNode;
  /**
   * dialog: at the foot of a dialog, Cancel then the primary button, right-aligned.
   * inline: a form opened inside a list, the primary button first, where the eye already is.
   */
  layout?: 'dialog' | 'inline';
}

/** A form's footer: the button that submits it, and the one that leaves without saving. */
export function FormActions({
  onCancel,
  submitLabel,
  busy,
  busyLabel,
  cancelLabel = 'Cancel',
  layout = 'dialog',
}: FormActionsProps) {
  const submit = (
    <Button type="submit" variant="primary" busy={busy} busyLabel={busyLabel}>
      {submitLabel}
    </Button>
  );
  if (layout === 'inline') {
    return (
      <div className="row">
        {submit}
        <Button onClick={onCancel}>{cancelLabel}</Button>
      </div>
    );
  }
  return (
    <div className="dialog-actions">
      <Button variant="quiet" onClick={onCancel}>
        {cancelLabel}
      </Button>
      {submit}
    </div>
  );
}
