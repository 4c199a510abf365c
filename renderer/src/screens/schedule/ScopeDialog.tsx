import type { Scope } from '../../../../shared/domain/scheduling.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';

export const SCOPE_LABELS: Record<Scope, string> = {
  this: 'This session',
  following: 'This and following',
  all: 'All sessions',
};

export interface ScopeDialogProps {
  /** e.g. "Move a session in a series" */
  title: string;
  /** What will happen, in one sentence. */
  question: string;
  busy: boolean;
  onChoose: (scope: Scope) => void;
  onCancel: () => void;
}

/** Which sessions of a series a change applies to: asked every time, never assumed. */
export function ScopeDialog({ title, question, busy, onChoose, onCancel }: ScopeDialogProps) {
  return (
    <Dialog open title={title} onClose={onCancel} closeLabel="Cancel">
      <p>{question}</p>
      <div className="scope-choices">
        {(['this', 'following', 'all'] as const).map((scope) => (
          <Button
            key={scope}
            variant={scope === 'this' ? 'primary' : 'secondary'}
            busy={busy}
            onClick={() => onChoose(scope)}
            data-autofocus={scope === 'this' || undefined}
          >
            {SCOPE_LABELS[scope]}
          </Button>
        ))}
      </div>
    </Dialog>
  );
}
