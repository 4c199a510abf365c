import { useEffect, useState } from 'react';
import type { Note } from '../../../../shared/domain/notes.ts';
import type { PracticeProfile } from '../../../../shared/domain/settings.ts';
import { toShownError } from '../../errors.ts';
import type { Navigate, Route } from '../../shell/routes.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useFocusHeading } from '../clients/useFocusHeading.ts';
import { DraftNote } from './DraftNote.tsx';
import { loadNote, type NoteScreenData, type NoteTarget } from './loadNote.ts';
import { SignedNote } from './SignedNote.tsx';
import './notes.css';

export interface NoteEditorProps {
  route: Route;
  practice: PracticeProfile;
  onNavigate: Navigate;
}

type Loaded = { data: NoteScreenData; notice: string } | { error: string };

/** The same words the core signs with, so the dialog names the signer as the note will. */
export function signerOf(practice: PracticeProfile): string {
  return [practice.counselorName || 'Counselor', practice.credentials].filter(Boolean).join(', ');
}

function targetOf(route: Route): NoteTarget {
  // Zero finds nothing: the core answers NOT_FOUND and the page says so.
  return route.id !== undefined
    ? { noteId: route.id }
    : { appointmentId: route.session ?? 0, date: route.date ?? '' };
}

/** A progress note: written and autosaved while a draft, read-only with its addenda once signed. */
export function NoteEditor({ route, practice, onNavigate }: NoteEditorProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const view = loaded && 'data' in loaded ? (loaded.data.note?.status ?? 'new') : 'loading';
  const ref = useFocusHeading<HTMLDivElement>(view);
  const zone = practice.timeZone;
  const signer = signerOf(practice);
  const { id, session, date } = route;

  useEffect(() => {
    let live = true;
    loadNote(targetOf({ name: 'note', id, session, date })).then(
      (data) => live && setLoaded({ data, notice: '' }),
      (caught: unknown) => live && setLoaded({ error: toShownError(caught).message }),
    );
    return () => {
      live = false;
    };
  }, [id, session, date]);

  if (!loaded) {
    return (
      <p className="muted" role="status">
        Opening the note…
      </p>
    );
  }
  if ('error' in loaded) {
    return (
      <div ref={ref} className="note-page">
        <PageHeader title="Progress note" />
        <Alert tone="error" title={loaded.error} />
        <div className="row">
          <Button onClick={() => onNavigate('home')}>Back to Today</Button>
        </div>
      </div>
    );
  }

  const { data, notice } = loaded;
  const back = () => onNavigate({ name: 'client', id: data.facts.clientId, tab: 'notes' });
  const show = (note: Note, message: string) =>
    setLoaded({ data: { ...data, note, riskRequired: note.riskRequired }, notice: message });

  return (
    <div ref={ref} className="note-screen">
      {data.note?.status === 'signed' ? (
        <SignedNote
          note={data.note}
          groups={data.groups}
          pinSet={data.pinSet}
          zone={zone}
          signer={signer}
          notice={notice}
          onChange={show}
          onBack={back}
        />
      ) : (
        <DraftNote
          data={data}
          zone={zone}
          signer={signer}
          onSigned={(note) => show(note, 'Signed. This note is now final.')}
          onBack={back}
        />
      )}
    </div>
  );
}
