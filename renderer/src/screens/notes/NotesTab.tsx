import { useEffect, useState } from 'react';
import type { NoteSummary } from '../../../../shared/domain/notes.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import type { Navigate } from '../../shell/routes.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { formatWeekday } from '../clients/format.ts';
import { savesSettled } from './autosave.ts';
import { templateName } from './format.ts';
import { useNotesPdf } from './useNotesPdf.tsx';
import './notes.css';

/** Long enough to let a word be finished, short enough to feel like instant search. */
const SEARCH_DELAY_MS = 250;

type Listing = { query: string; notes: NoteSummary[] } | { query: string; error: string };

export interface NotesTabProps {
  clientId: number;
  onNavigate: Navigate;
}

/** A client's progress notes, newest first, searchable by their words (and their addenda). */
export function NotesTab({ clientId, onNavigate }: NotesTabProps) {
  const [query, setQuery] = useState('');
  const [listing, setListing] = useState<Listing | null>(null);
  const pdf = useNotesPdf({ clientId }, 'Export all notes (PDF)');

  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => {
        savesSettled()
          .then(() => call('notes.list', { clientId, query }))
          .then(
            ({ notes }) => live && setListing({ query, notes }),
            (caught: unknown) => live && setListing({ query, error: toShownError(caught).message }),
          );
      },
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [clientId, query]);

  const notes = listing && 'notes' in listing ? listing.notes : [];
  const none = listing !== null && 'notes' in listing && listing.query === '' && notes.length === 0;
  return (
    <div className="notes-tab">
      <div className="notes-toolbar" hidden={none}>
        <TextField
          className="notes-search"
          type="search"
          label="Search notes"
          hint="Words from any section or addendum."
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <div className="notes-export">{pdf.button}</div>
      </div>
      {pdf.message}
      {listing && 'error' in listing && <Alert tone="error" title={listing.error} />}
      <p className="notes-count" role="status">
        {listing && 'notes' in listing ? countText(notes.length, listing.query) : ''}
      </p>
      {none && (
        <p className="muted prose">
          No progress notes yet. Notes are written from a session: open it on Today or in the
          Schedule and choose Write note.
        </p>
      )}
      {notes.length > 0 && (
        <ol className="note-list" aria-label="Progress notes, newest first">
          {notes.map((n) => (
            <li key={n.id} className="note-row">
              <a
                href={`#note-${n.id}`}
                className="note-row-link"
                onClick={(event) => {
                  event.preventDefault();
                  onNavigate({ name: 'note', id: n.id });
                }}
              >
                <span className="note-row-date">{formatWeekday(n.serviceDate)}</span>
              </a>
              <span className="note-row-meta">
                <span className="muted">{templateName(n.template)}</span>
                <Badge tone={n.status === 'signed' ? 'accent' : 'neutral'}>
                  {n.status === 'signed' ? 'Signed' : 'Draft'}
                </Badge>
              </span>
              <p className="note-row-excerpt">
                {n.excerpt || <span className="muted">Nothing written yet.</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function countText(count: number, query: string): string {
  if (query.trim() === '') return '';
  if (count === 0) return `No notes match “${query.trim()}”.`;
  return `${count} ${count === 1 ? 'note matches' : 'notes match'} “${query.trim()}”.`;
}
