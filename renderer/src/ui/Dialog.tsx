import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import './Dialog.css';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** wide: for forms with two columns, like booking a session. */
  size?: 'normal' | 'wide';
  /** Names the close button, when "Close" alone would be unclear (a dialog over a dialog). */
  closeLabel?: string;
  /**
   * Where focus starts; otherwise the first element marked data-autofocus, otherwise the
   * browser's choice (the first control, usually Close). React's autoFocus cannot do this: it
   * fires while the dialog is still closed, when nothing in it can take focus.
   */
  initialFocus?: RefObject<HTMLElement | null>;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes it on Escape and gives
 * focus back to whatever opened it.
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  size = 'normal',
  closeLabel = 'Close',
  initialFocus,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      (initialFocus?.current ?? dialog.querySelector<HTMLElement>('[data-autofocus]'))?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, initialFocus]);

  // A dialog removed while open (its owner is done with it) is closed first, before it leaves
  // the page, so the browser still hands focus back to whatever opened it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={size === 'wide' ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onClose={(event) => {
        // React passes a nested dialog's close event up to this one: only our own counts.
        if (event.target === event.currentTarget) onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself, outside its content box.
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="dialog-content">
        <div className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
