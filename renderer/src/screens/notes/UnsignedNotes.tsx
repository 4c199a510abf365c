import { useEffect, useState } from 'react';
import type { NoteSummary } from '../../../../shared/domain/notes.ts';
import { call } from '../../api.ts';
import type { Navigate } from '../../shell/routes.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { formatDateShort } from '../schedule/time.ts';
import { savesSettled } from './autosave.ts';
import { templateName } from './format.ts';
import './notes.css';

/**
 * Drafts across all clients, oldest first: the notes still to sign before the day is closed.
 * With none, the card is not there at all.
 */
export function UnsignedNotes({ onNavigate }: { onNavigate: Navigate }) {
  const [notes, setNotes] = useState<NoteSummary[]>([]);

  useEffect(() => {
    let live = true;
    savesSettled()
      .then(() => call('notes.unsigned'))
      .then(
        (value) => live && setNotes(value.notes),
        // Today stays useful without this card; the notes are still on each client's record.
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);

  if (notes.length === 0) return null;
  return (
    <Card
      title="Unsigned notes"
      description={`${notes.length} ${notes.length === 1 ? 'draft waits' : 'drafts wait'} for your signature, oldest first.`}
    >
      <ul className="unsigned-list">
        {notes.map((n) => (
          <li key={n.id} className="unsigned-note">
            <div className="unsigned-main">
              <p className="unsigned-who">
                <strong>{n.clientName}</strong>
                <span className="muted">
                  {formatDateShort(n.serviceDate)} · {templateName(n.template)}
                </span>
              </p>
              {n.excerpt && <p className="unsigned-excerpt">{n.excerpt}</p>}
            </div>
            <Button
              className="button-small"
              aria-label={`Continue note: ${n.clientName}, ${formatDateShort(n.serviceDate)}`}
              onClick={() => onNavigate({ name: 'note', id: n.id })}
            >
              Continue note
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
