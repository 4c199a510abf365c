import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { Field } from './Field.tsx';
import './ClientWords.css';

/** "Peggy’s", for labels that speak of a client by name. */
export function possessive(name: string): string {
  return `${name}’s`;
}

function QuoteMark() {
  return (
    <svg className="client-words-mark" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M2 13V9.5C2 6 3.6 3.8 6.6 3l.5 1.3C5.6 5 4.9 6.2 4.8 8H7v5H2Zm7 0V9.5C9 6 10.6 3.8 13.6 3l.5 1.3c-1.5.7-2.2 1.9-2.3 3.7H14v5H9Z"
        fill="currentColor"
      />
    </svg>
  );
}

export interface ClientWordsFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'value' | 'onChange'
> {
  /** The client's first name, for the default label "In Peggy’s words". */
  person: string;
  label?: ReactNode;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (text: string) => void;
  /** Who typed what is there now; the client's own typing (in Client view) is worth a note. */
  typedBy?: 'client' | 'counselor';
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A text area for the client's own words, set apart from clinical wording by a quote style and
 * a label naming whose words they are, so neither person mistakes one for the other.
 */
export function ClientWordsField({
  person,
  label,
  hint,
  error,
  value,
  onChange,
  typedBy,
  className,
  rows = 2,
  ...textarea
}: ClientWordsFieldProps) {
  const typedNote =
    typedBy === 'client' && value !== '' ? `Typed by ${person} in Client view.` : undefined;
  return (
    <Field
      label={
        <span className="client-words-label">
          <QuoteMark />
          {label ?? `In ${possessive(person)} words`}
        </span>
      }
      hint={[hint, typedNote].filter(Boolean).join(' ') || undefined}
      error={error}
      className={['client-words-field', className ?? ''].filter(Boolean).join(' ')}
    >
      {(control) => (
        <textarea
          className="input textarea client-words-input"
          rows={rows}
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...textarea}
          {...control}
        />
      )}
    </Field>
  );
}

export interface ClientQuoteProps {
  person: string;
  /** Replaces "In Peggy’s words", e.g. "Peggy’s reason". */
  label?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** The client's own words, read-only: the same quote style as the field they were typed in. */
export function ClientQuote({ person, label, children, className }: ClientQuoteProps) {
  return (
    <figure className={['client-quote', className ?? ''].filter(Boolean).join(' ')}>
      <figcaption className="client-words-label">
        <QuoteMark />
        {label ?? `In ${possessive(person)} words`}
      </figcaption>
      <blockquote className="client-quote-text">{children}</blockquote>
    </figure>
  );
}
