import {
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { PlanContent } from '../../../../shared/domain/plans.ts';
import type { ShownError } from '../../errors.ts';
import { FormError } from '../../forms/FormError.tsx';
import { Button } from '../../ui/Button.tsx';
import { ClosingSections } from './ClosingSections.tsx';
import { ConcernsSection } from './ConcernsSection.tsx';
import { GoalsSection } from './GoalsSection.tsx';
import { OptionsSection } from './OptionsSection.tsx';
import { EditorStarted } from './PlanItem.tsx';
import { fieldErrors, placedFields } from './planErrors.ts';
import { PreferencesSection } from './PreferencesSection.tsx';
import type { Progress } from './progress.ts';
import { StrengthsSection } from './StrengthsSection.tsx';

export interface PlanEditorProps {
  content: PlanContent;
  onChange: (content: PlanContent) => void;
  person: string;
  progress: Progress;
  onAddFromLibrary: () => void;
  onSave: () => void;
  /** Lets go of unsaved changes; null when there is nothing to let go of. */
  onDiscard: (() => void) | null;
  saving: boolean;
  /** A refused save: its messages sit on their fields, the rest in the summary. */
  error: ShownError | null;
  /** The plan as it was sent in the refused save. */
  submitted: PlanContent | null;
  /** "Draft, version 2 · Unsaved changes", beside the save button. */
  status: ReactNode;
  formRef: RefObject<HTMLFormElement | null>;
  /** Just started or reopened for revision: the first field takes the focus. */
  focusOnMount: boolean;
}

/** The plan as one form, in the order a first session usually goes. */
export function PlanEditor(props: PlanEditorProps) {
  const { content, onChange, person, progress, onAddFromLibrary, onSave, onDiscard } = props;
  const { saving, error, status } = props;
  const [undo, setUndo] = useState<{ message: string; content: PlanContent } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  // The Remove button just pressed is gone: focus goes to Undo, the next thing one may want.
  useEffect(() => {
    if (undo) undoRef.current?.focus();
  }, [undo]);
  const started = useRef(false);
  const { formRef } = props;
  const focusOnMount = useRef(props.focusOnMount);
  useEffect(() => {
    started.current = true;
    if (focusOnMount.current)
      formRef.current?.querySelector<HTMLElement>('textarea, input')?.focus();
  }, [formRef]);

  const change = (next: PlanContent) => {
    setUndo(null);
    onChange(next);
  };
  const remove = (message: string, next: PlanContent) => {
    setUndo({ message, content });
    onChange(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      onSave();
    }
  };

  const section = {
    content,
    onChange: change,
    person,
    err: fieldErrors(error, props.submitted, content),
    onRemove: remove,
  };
  return (
    <EditorStarted value={started}>
      <form
        ref={formRef}
        className="plan-editor"
        aria-label="Treatment plan"
        onSubmit={submit}
        onKeyDown={onKeyDown}
        noValidate
      >
        <ConcernsSection {...section} />
        <GoalsSection {...section} progress={progress} />
        <OptionsSection {...section} onAddFromLibrary={onAddFromLibrary} />
        <StrengthsSection {...section} />
        <PreferencesSection {...section} />
        <ClosingSections {...section} />
        <FormError error={error} placed={placedFields(error)} />
        <div className="plan-savebar">
          <div className="plan-savebar-status">
            {undo ? (
              <p role="status" className="plan-undo">
                {undo.message}{' '}
                <Button
                  ref={undoRef}
                  variant="quiet"
                  className="button-small"
                  onClick={() => {
                    onChange(undo.content);
                    setUndo(null);
                  }}
                >
                  Undo
                </Button>
              </p>
            ) : (
              <p role="status" className={onDiscard ? 'plan-status is-dirty' : 'plan-status'}>
                {status}
              </p>
            )}
          </div>
          {onDiscard && (
            <Button variant="quiet" onClick={onDiscard}>
              Discard changes
            </Button>
          )}
          <Button
            type="submit"
            variant="primary"
            busy={saving}
            busyLabel="Saving…"
            aria-keyshortcuts="Control+S Meta+S"
          >
            Save draft
          </Button>
        </div>
      </form>
    </EditorStarted>
  );
}
