import { isMac, modifierLabel } from '../platform.ts';
import { Dialog } from '../ui/Dialog.tsx';

export interface HelpDialogProps {
  open: boolean;
  onClose: () => void;
  autoLockMinutes: number;
}

/** keys: pressed together; or: any one of them (D, W or M). */
const SHORTCUTS: readonly { keys: string[]; action: string; or?: true }[] = [
  { keys: [modifierLabel, 'L'], action: 'Lock Accord now' },
  { keys: [isMac ? '⌥' : 'Alt', 'T'], action: 'Go to Today' },
  { keys: [isMac ? '⌥' : 'Alt', 'S'], action: 'Go to the schedule' },
  { keys: ['N'], action: 'New appointment (on the schedule)' },
  { keys: ['D', 'W', 'M'], or: true, action: 'Day, week or month view (on the schedule)' },
  {
    keys: ['PgUp', 'PgDn'],
    or: true,
    action: 'Previous or next day, week or month (on the schedule)',
  },
  { keys: ['?'], action: 'Show this list' },
  { keys: ['Esc'], action: 'Close this list' },
  { keys: ['Tab'], action: 'Move to the next control (Shift+Tab goes back)' },
  { keys: ['Enter'], action: 'Save or submit the form you are in' },
];

export function HelpDialog({ open, onClose, autoLockMinutes }: HelpDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <dl className="shortcut-list">
        {SHORTCUTS.map(({ keys, action, or }) => (
          <div key={action} className="shortcut">
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 &&
                    (or ? (
                      <>
                        <span aria-hidden="true"> / </span>
                        <span className="sr-only">or</span>
                      </>
                    ) : (
                      <span aria-hidden="true"> + </span>
                    ))}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        Accord also locks itself after {autoLockMinutes} minute{autoLockMinutes === 1 ? '' : 's'}{' '}
        without activity, and when your computer sleeps.
      </p>
    </Dialog>
  );
}
