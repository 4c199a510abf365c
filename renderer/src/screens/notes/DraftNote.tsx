import { useCallback, useEffect, useRef, useState } from 'react';
import {
  NOTE_TEMPLATES,
  TEMPLATE_KEYS,
  type Note,
  type NoteTemplate,
} from '../../../../shared/domain/notes.ts';
import { call } from '../../api.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Choice } from '../../ui/Choice.tsx';
import {
  blankDraft,
  draftFromNote,
  hasWords,
  isBlank,
  riskPayload,
  type AddressedDraft,
  type NoteDraft,
  type RiskDraft,
} from './draft.ts';
import { formatSaved, templateName } from './format.ts';
import type { NoteScreenData } from './loadNote.ts';
import { NoteHeader } from './NoteHeader.tsx';
import { NoteSections } from './NoteSections.tsx';
import { ObjectivesPicker } from './ObjectivesPicker.tsx';
import { RiskSection, SafetyNotice } from './RiskSection.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { SignDialog } from './SignDialog.tsx';
import { useAutosave } from './useAutosave.ts';

const EMPTY_MESSAGE = 'This note is empty. Write it before you sign.';
const RISK_MESSAGE = 'The latest PHQ-9 flagged item 9: record the risk assessment before you sign.';

interface SignErrors {
  empty?: string;
  risk?: string;
  summary?: string;
}

export interface DraftNoteProps {
  data: NoteScreenData;
  zone: string;
  signer: string;
  onSigned: (note: Note) => void;
  onBack: () => void;
}

/**
 * A note being written. The text lives here and only here while the counselor types; saves go
 * out in the background and their answers never touch what is on screen.
 */
export function DraftNote({ data, zone, signer, onSigned, onBack }: DraftNoteProps) {
  const { facts, riskRequired } = data;
  const [draft, setDraft] = useState<NoteDraft>(() =>
    data.note ? draftFromNote(data.note) : blankDraft(data.defaultTemplate),
  );
  const draftRef = useRef(draft);
  const [noteId, setNoteId] = useState<number | null>(data.note?.id ?? null);
  const noteIdRef = useRef(noteId);
  const [errors, setErrors] = useState<SignErrors>({});
  const [signing, setSigning] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);
  const [opened] = useState(() => new Date());

  const autosave = useAutosave<NoteDraft>({
    save: async (value) => {
      let id = noteIdRef.current;
      if (id === null) {
        // No empty notes in the unsigned queue: the note exists once it has something in it.
        if (isBlank(value)) return false;
        const created = await call('notes.create', {
          appointmentId: facts.appointmentId,
          template: value.template,
        });
        id = created.id;
        noteIdRef.current = id;
        setNoteId(id);
      }
      await call('notes.save', {
        id,
        fields: value.fields,
        objectives: value.objectives,
        risk: riskPayload(value, riskRequired),
      });
      return true;
    },
  });

  const update = useCallback(
    (change: (d: NoteDraft) => NoteDraft) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraft(next);
      autosave.change(next);
    },
    [autosave],
  );
  const setField = useCallback(
    (key: string, text: string) => {
      update((d) => ({ ...d, fields: { ...d.fields, [key]: text } }));
      if (text.trim()) setErrors((e) => (e.empty ? {} : e));
    },
    [update],
  );
  const setObjectives = useCallback(
    (objectives: AddressedDraft[]) => update((d) => ({ ...d, objectives })),
    [update],
  );
  const setRiskIncluded = useCallback(
    (riskIncluded: boolean) => update((d) => ({ ...d, riskIncluded })),
    [update],
  );
  const setRisk = useCallback(
    (patch: Partial<RiskDraft>) => {
      update((d) => ({ ...d, risk: { ...d.risk, ...patch } }));
      setErrors((e) => (e.risk ? {} : e));
    },
    [update],
  );
  const chooseTemplate = (template: NoteTemplate) => {
    // Only offered while there is nothing to lose and nothing saved: no autosave needed.
    const next = blankDraft(template);
    draftRef.current = next;
    setDraft(next);
  };

  useEffect(() => {
    if (!errors.empty && !errors.risk) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const startSigning = async () => {
    setErrors({});
    await autosave.flush();
    const current = draftRef.current;
    if (!hasWords(current) || noteIdRef.current === null) {
      setErrors({ empty: EMPTY_MESSAGE, summary: EMPTY_MESSAGE });
    } else if (riskRequired && riskPayload(current, true) === null) {
      setErrors({ risk: 'Choose an answer for both questions.', summary: RISK_MESSAGE });
    } else if (autosave.getState().phase === 'failed') {
      setErrors({
        summary: `Your latest words are not saved yet, so the note cannot be signed. ${
          autosave.getState().message
        }`,
      });
    } else {
      setSigning(true);
    }
  };

  const canChoose = noteId === null && isBlank(draft);
  const template = NOTE_TEMPLATES[draft.template];
  return (
    <div className="note-page">
      <NoteHeader
        facts={facts}
        zone={zone}
        kind={noteId === null ? 'New progress note' : templateName(draft.template)}
        badge={<Badge tone="neutral">{noteId === null ? 'Not started' : 'Draft'}</Badge>}
        onBack={onBack}
      />
      <div ref={formRef} className="note-form">
        {riskRequired && <SafetyNotice />}
        {canChoose ? (
          <Choice<NoteTemplate>
            className="note-template"
            legend="Template"
            hint="You can change it until you start writing."
            look="segmented"
            options={TEMPLATE_KEYS.map((key) => ({ value: key, label: NOTE_TEMPLATES[key].label }))}
            value={draft.template}
            onChange={chooseTemplate}
          />
        ) : (
          <p className="sr-only">Template: {template.label}</p>
        )}
        <NoteSections
          template={draft.template}
          fields={draft.fields}
          onChange={setField}
          emptyError={errors.empty}
        />
        <ObjectivesPicker
          groups={data.groups}
          selected={draft.objectives}
          onChange={setObjectives}
        />
        <RiskSection
          required={riskRequired}
          included={draft.riskIncluded}
          risk={draft.risk}
          onInclude={setRiskIncluded}
          onChange={setRisk}
          error={errors.risk}
        />
      </div>
      <div className="note-bar">
        {errors.summary && <Alert tone="error" title={errors.summary} className="note-bar-alert" />}
        <SaveStatus
          autosave={autosave}
          zone={zone}
          idleText={
            data.note
              ? `Saved ${formatSaved(data.note.updatedAt, zone, opened)}`
              : 'Saved as you type.'
          }
        />
        <Button variant="primary" onClick={() => void startSigning()}>
          Sign note…
        </Button>
      </div>
      {signing && noteId !== null && (
        <SignDialog
          noteId={noteId}
          pinSet={data.pinSet}
          signer={signer}
          onClose={() => setSigning(false)}
          onSigned={onSigned}
          onRefused={(fields, message) => {
            setSigning(false);
            setErrors({
              ...(fields.fields ? { empty: EMPTY_MESSAGE } : {}),
              ...(fields.risk ? { risk: 'Choose an answer for both questions.' } : {}),
              summary: message,
            });
          }}
        />
      )}
    </div>
  );
}
