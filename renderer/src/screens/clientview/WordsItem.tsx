import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { Button } from '../../ui/Button.tsx';
import { WordsEditor } from './WordsEditor.tsx';

export interface WordsItemProps extends Omit<
  ComponentProps<typeof WordsEditor>,
  'onSaved' | 'onCancel' | 'autoFocus' | 'saveLabel' | 'label'
> {
  /** Plain text: it also names the Change button for screen readers. */
  label: string;
}

/**
 * Words already in the plan, shown as words (a page of text boxes is not calm), with a button to
 * change them. Words not written yet start as an open box.
 */
export function WordsItem({ label, value, ...editor }: WordsItemProps) {
  const [editing, setEditing] = useState(value === '');
  const changeRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);

  // Closing the editor hands focus back to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) changeRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return (
      <WordsEditor
        label={label}
        value={value}
        saveLabel="Save"
        autoFocus={value !== ''}
        onSaved={() => setEditing(false)}
        onCancel={value === '' ? undefined : () => setEditing(false)}
        {...editor}
      />
    );
  }
  return (
    <div className="cv-said">
      <p className="cv-said-label">{label}</p>
      <p className="cv-said-text">{value}</p>
      <Button
        ref={changeRef}
        variant="quiet"
        className="cv-change"
        aria-label={`Change the words: ${label}`}
        onClick={() => setEditing(true)}
      >
        Change the words
      </Button>
    </div>
  );
}
