import { memo } from 'react';
import { NOTE_TEMPLATES, type NoteTemplate } from '../../../../shared/domain/notes.ts';
import { TextArea } from '../../ui/TextArea.tsx';

export interface NoteSectionsProps {
  template: NoteTemplate;
  fields: Record<string, string>;
  onChange: (key: string, text: string) => void;
  /** Shown on the first section: the note has no words to sign. */
  emptyError?: string | undefined;
}

/**
 * One large text area per section of the template. Each section re-renders only when its own
 * text changes, so typing in a long note stays as quick as typing in a short one.
 */
export function NoteSections({ template, fields, onChange, emptyError }: NoteSectionsProps) {
  return (
    <div className="note-sections">
      {NOTE_TEMPLATES[template].fields.map((field, index) => (
        <Section
          key={field.key}
          name={field.key}
          label={field.label}
          hint={field.hint}
          value={fields[field.key] ?? ''}
          onChange={onChange}
          error={index === 0 ? emptyError : undefined}
        />
      ))}
    </div>
  );
}

interface SectionProps {
  name: string;
  label: string;
  hint: string;
  value: string;
  onChange: (key: string, text: string) => void;
  error: string | undefined;
}

const Section = memo(function Section({ name, label, hint, value, onChange, error }: SectionProps) {
  return (
    <TextArea
      className="note-section"
      label={label}
      hint={hint}
      value={value}
      rows={5}
      error={error}
      onChange={(event) => onChange(name, event.target.value)}
    />
  );
});
