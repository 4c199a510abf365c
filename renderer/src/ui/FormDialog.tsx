import type { FormEvent, ReactNode, RefObject } from 'react';
import type { ShownError } from '../errors.ts';
import { FormError } from '../forms/FormError.tsx';
import { Dialog, type DialogProps } from './Dialog.tsx';
import { FormActions } from './FormActions.tsx';

/** What a form dialog needs from useSubmit (or a hook built on it). */
export interface FormDialogState {
  busy: boolean;
  error: ShownError | null;
  formRef: RefObject<HTMLFormElement | null>;
}

export interface FormDialogProps {
  title: ReactNode;
  onClose: () => void;
  size?: DialogProps['size'];
  form: FormDialogState;
  onSubmit: (event: FormEvent) => void;
  /** The fields this form shows its own messages for; the others go in the summary. */
  placed: readonly string[];
  submitLabel: ReactNode;
  busyLabel: string;
  children: ReactNode;
}

/**
 * A modal form: its fields, the summary of what went wrong, and Cancel / submit. The browser's
 * own validation is off: the core's messages (or the form's) are shown on the fields instead.
 */
export function FormDialog({
  title,
  onClose,
  size,
  form: { busy, error, formRef },
  onSubmit,
  placed,
  submitLabel,
  busyLabel,
  children,
}: FormDialogProps) {
  return (
    <Dialog open title={title} onClose={onClose} size={size}>
      <form ref={formRef} className="stack" onSubmit={onSubmit} noValidate>
        {children}
        <FormError error={error} placed={placed} />
        <FormActions
          onCancel={onClose}
          submitLabel={submitLabel}
          busy={busy}
          busyLabel={busyLabel}
        />
      </form>
    </Dialog>
  );
}
