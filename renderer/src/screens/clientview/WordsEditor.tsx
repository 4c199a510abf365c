import { useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import type { clientWordsTarget } from '../../../../shared/domain/care.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { useDraft } from './drafts.ts';
import { useView } from './viewContext.ts';

type Target = z.input<typeof clientWordsTarget>;

export interface WordsEditorProps {
  label: ReactNode;
  hint?: ReactNode;
  /** What is saved now; empty for a new entry. */
  value: string;
  target: Target;
  /** Names the button, e.g. "Add this goal". */
  saveLabel: string;
  rows?: number;
  /** Unique on the step: keys the unsaved draft. */
  draftKey: string;
  /** Called once the words are saved (to close an editor opened from the words). */
  onSaved?: () => void;
  /** Offers a Cancel button that calls it. */
  onCancel?: () => void;
  autoFocus?: boolean;
}

/**
 * The client's own words for one part of the plan. A new entry (no item yet) is added and the box
 * empties for the next one; an existing one is changed in place.
 */
export function WordsEditor({
  label,
  hint,
  value,
  target,
  saveLabel,
  rows = 3,
  draftKey,
  onSaved,
  onCancel,
  autoFocus,
}: WordsEditorProps) {
  const { setView, refresh } = useView();
  const adding = 'itemId' in target && target.itemId === null;
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');

  // The saved words changed (this box saved, or the plan was refreshed): start from them.
  if (value !== shownValue) {
    setShownValue(value);
    setText(value);
  }

  const dirty = text.trim() !== '' && text.trim() !== value.trim();

  const save = async (): Promise<boolean> => {
    if (!dirty) return true;
    setBusy(true);
    setError(undefined);
    setSaved('');
    try {
      const next = await call('clientView.saveWords', { target, text });
      setView(next);
      if (adding) setText('');
      setSaved(adding ? 'Added.' : 'Saved.');
      onSaved?.();
      return true;
    } catch (caught) {
      const shown = toShownError(caught);
      if (shown.code === 'NOT_FOUND') refresh();
      setError(shown.fields.text ?? shown.message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  useDraft(draftKey, dirty, save);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') setError('Write a few words first.');
    else void save();
  };

  return (
    <form className="cv-words" onSubmit={submit} noValidate>
      <TextArea
        label={label}
        hint={hint}
        rows={rows}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setSaved('');
          setError(undefined);
        }}
        error={error}
        autoFocus={autoFocus}
      />
      <div className="cv-words-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          {saveLabel}
        </Button>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <StatusMessage>{saved}</StatusMessage>
      </div>
    </form>
  );
}
