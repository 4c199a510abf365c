import type { MouseEvent, ReactNode } from 'react';
import { formatDateLong, formatTime } from '../schedule/time.ts';
import { placeName } from './format.ts';
import type { SessionFacts } from './loadNote.ts';

export interface NoteHeaderProps {
  facts: SessionFacts;
  zone: string;
  /** "SOAP note", or the template choice while it is still open. */
  kind: ReactNode;
  badge: ReactNode;
  onBack: () => void;
}

/** Whose note, for which session: copied from the session and the record, not typed. */
export function NoteHeader({ facts, zone, kind, badge, onBack }: NoteHeaderProps) {
  const back = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onBack();
  };
  return (
    <header className="note-header">
      <nav aria-label="Breadcrumb" className="note-breadcrumb">
        <a href="#client" onClick={back}>
          <span aria-hidden="true">←</span> {facts.clientName}’s notes
        </a>
      </nav>
      <div className="note-title">
        <p className="note-eyebrow">{kind}</p>
        <h1 tabIndex={-1}>{facts.clientName}</h1>
        {badge}
      </div>
      <dl className="note-facts" aria-label="Session">
        <div className="note-fact-wide">
          <dt>Session</dt>
          <dd>
            {formatDateLong(facts.serviceDate)}, {formatTime(facts.startAt, zone)}
          </dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>{facts.durationMin} minutes</dd>
        </div>
        <div className="note-fact-wide">
          <dt>Service</dt>
          <dd>
            {facts.serviceCode} · {facts.serviceLabel}
          </dd>
        </div>
        <div>
          <dt>Place of service</dt>
          <dd>{placeName(facts.placeOfService)}</dd>
        </div>
        <div className="note-fact-all">
          <dt>Diagnoses</dt>
          <dd>
            {facts.diagnoses.length === 0 ? (
              <span className="muted">None recorded on the client’s record.</span>
            ) : (
              <ul className="note-diagnoses">
                {facts.diagnoses.map((d) => (
                  <li key={d.code}>
                    <span className="note-code">{d.code}</span> {d.title}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </header>
  );
}
