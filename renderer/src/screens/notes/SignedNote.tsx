import { useState } from 'react';
import { NOTE_TEMPLATES, type Note } from '../../../../shared/domain/notes.ts';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { DetailList } from '../../ui/DetailList.tsx';
import { AddendumDialog } from './AddendumDialog.tsx';
import { formatMoment, IDEATION_LABELS, templateName } from './format.ts';
import type { ObjectiveGroup } from './loadNote.ts';
import { factsOf } from './loadNote.ts';
import { NoteHeader } from './NoteHeader.tsx';
import { useNotesPdf } from './useNotesPdf.tsx';

export interface SignedNoteProps {
  note: Note;
  groups: readonly ObjectiveGroup[];
  pinSet: boolean;
  zone: string;
  signer: string;
  notice: string;
  onChange: (note: Note, notice: string) => void;
  onBack: () => void;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** A signed note, as it will always read. Corrections go below it, as signed addenda. */
export function SignedNote({
  note,
  groups,
  pinSet,
  zone,
  signer,
  notice,
  onChange,
  onBack,
}: SignedNoteProps) {
  const [adding, setAdding] = useState(false);
  const pdf = useNotesPdf({ noteId: note.id }, 'Export as PDF');
  const labels = new Map(groups.flatMap((g) => g.objectives.map((o) => [o.id, o.label] as const)));

  return (
    <div className="note-page">
      <NoteHeader
        facts={factsOf(note)}
        zone={zone}
        kind={templateName(note.template)}
        badge={<Badge tone="accent">Signed</Badge>}
        onBack={onBack}
      />
      <div className="note-signed-bar">
        <p className="note-signature">
          Signed by <strong>{note.signedBy}</strong>
          {note.signedAt && <> on {formatMoment(note.signedAt, zone)}</>}. A signed note does not
          change; corrections are added below it.
        </p>
        <div className="row">
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add addendum…
          </Button>
          {pdf.button}
          <StatusMessage>{notice}</StatusMessage>
        </div>
        {pdf.message}
      </div>
      <article className="note-read" aria-label="Note">
        {NOTE_TEMPLATES[note.template].fields.map((field) => (
          <section key={field.key} className="note-read-section">
            <h2>{field.label}</h2>
            {note.fields[field.key]?.trim() ? (
              <p className="note-text">{note.fields[field.key]}</p>
            ) : (
              <p className="muted">Nothing written.</p>
            )}
          </section>
        ))}
        {note.objectives.length > 0 && (
          <section className="note-read-section">
            <h2>Objectives addressed</h2>
            <ul className="note-read-objectives">
              {note.objectives.map((o) => (
                <li key={o.objectiveId}>
                  <span className="objective-name">
                    {labels.get(o.objectiveId) ?? 'An objective no longer in the plan'}
                  </span>
                  {o.comment && <span className="note-text">{o.comment}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {note.risk && (
          <section className="note-read-section">
            <h2>Risk assessment</h2>
            <DetailList
              className="note-risk-list"
              items={[
                { term: 'Suicidal ideation', detail: IDEATION_LABELS[note.risk.suicidalIdeation] },
                {
                  term: 'Homicidal ideation',
                  detail: IDEATION_LABELS[note.risk.homicidalIdeation],
                },
                { term: 'Plan', detail: yesNo(note.risk.plan) },
                { term: 'Intent', detail: yesNo(note.risk.intent) },
                { term: 'Safety plan reviewed', detail: yesNo(note.risk.safetyPlanReviewed) },
                { term: 'Notes', detail: note.risk.notes },
              ]}
            />
          </section>
        )}
      </article>
      {note.addenda.length > 0 && (
        <section className="note-addenda" aria-labelledby="note-addenda-heading">
          <h2 id="note-addenda-heading">Addenda</h2>
          <ol className="addendum-list">
            {note.addenda.map((a) => (
              <li key={a.id} className="addendum">
                <p className="addendum-meta">
                  Signed by <strong>{a.signedBy}</strong> on {formatMoment(a.signedAt, zone)}
                </p>
                <p className="note-text">{a.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {adding && (
        <AddendumDialog
          noteId={note.id}
          pinSet={pinSet}
          signer={signer}
          onClose={() => setAdding(false)}
          onAdded={(next) => {
            setAdding(false);
            onChange(next, 'Addendum signed and added below the note.');
          }}
        />
      )}
    </div>
  );
}
