import type { Note, NoteTemplate } from '../../../../shared/domain/notes.ts';
import type { PlanState } from '../../../../shared/domain/care.ts';
import { AccordError } from '../../../../shared/errors.ts';
import { call } from '../../api.ts';
import { savesSettled } from './autosave.ts';

/** What the note is about: copied into the note when it is created, never edited. */
export interface SessionFacts {
  clientId: number;
  clientName: string;
  appointmentId: number;
  serviceDate: string;
  startAt: string;
  durationMin: number;
  serviceCode: string;
  serviceLabel: string;
  placeOfService: string;
  diagnoses: { code: string; title: string }[];
}

export interface PlanObjective {
  id: string;
  /** The client's words where there are some, else the clinical wording. */
  label: string;
  /** The clinical wording, when the label is the client's words. */
  detail: string;
}

export interface ObjectiveGroup {
  goalId: string;
  goal: string;
  objectives: PlanObjective[];
}

export interface NoteScreenData {
  facts: SessionFacts;
  /** Null until the first words are saved: the note is created then, with its template. */
  note: Note | null;
  groups: ObjectiveGroup[];
  riskRequired: boolean;
  defaultTemplate: NoteTemplate;
  pinSet: boolean;
}

/** Where the note editor is pointed: at a note, or at a session that has none yet. */
export type NoteTarget = { noteId: number } | { appointmentId: number; date: string };

export function factsOf(note: Note): SessionFacts {
  return {
    clientId: note.clientId,
    clientName: note.clientName,
    appointmentId: note.appointmentId,
    serviceDate: note.serviceDate,
    startAt: note.startAt,
    durationMin: note.durationMin,
    serviceCode: note.serviceCode,
    serviceLabel: note.serviceLabel,
    placeOfService: note.placeOfService,
    diagnoses: note.diagnoses,
  };
}

export function objectiveGroups(plan: PlanState): ObjectiveGroup[] {
  return (plan.current?.content.goals ?? [])
    .filter((g) => g.objectives.length > 0)
    .map((g) => ({
      goalId: g.id,
      goal: g.clientWords || g.clinical,
      objectives: g.objectives.map((o) => ({
        id: o.id,
        label: o.clientWords || o.description,
        detail: o.clientWords && o.description ? o.description : '',
      })),
    }));
}

async function forNote(note: Note): Promise<NoteScreenData> {
  const [plan, settings] = await Promise.all([
    call('plans.get', { clientId: note.clientId }),
    call('settings.get'),
  ]);
  return {
    facts: factsOf(note),
    note,
    groups: objectiveGroups(plan),
    riskRequired: note.riskRequired,
    defaultTemplate: note.template,
    pinSet: settings.plans.clientViewPinSet,
  };
}

async function forSession(appointmentId: number, date: string): Promise<NoteScreenData> {
  const [{ note }, day] = await Promise.all([
    call('notes.forSession', { appointmentId }),
    call('schedule.range', { from: date, to: date }),
  ]);
  if (note) return forNote(await call('notes.get', { id: note.id }));
  const session = day.appointments.find((a) => a.id === appointmentId);
  if (!session) throw new AccordError('NOT_FOUND', 'That session could not be found.');
  if (session.status === 'cancelled_client' || session.status === 'cancelled_counselor') {
    throw new AccordError('CONFLICT', 'This session was cancelled, so it has no progress note.');
  }
  const [client, plan, measures, settings] = await Promise.all([
    call('clients.get', { id: session.clientId }),
    call('plans.get', { clientId: session.clientId }),
    call('measures.list', { clientId: session.clientId }),
    call('settings.get'),
  ]);
  return {
    facts: {
      clientId: session.clientId,
      clientName: session.clientName,
      appointmentId,
      serviceDate: session.date,
      startAt: session.start,
      durationMin: session.durationMin,
      serviceCode: session.serviceCode,
      serviceLabel: session.serviceLabel,
      placeOfService: session.placeOfService,
      diagnoses: client.diagnoses.map((d) => ({ code: d.code, title: d.title })),
    },
    note: null,
    groups: objectiveGroups(plan),
    riskRequired: measures.safetyFlag,
    defaultTemplate: settings.notes.defaultTemplate,
    pinSet: settings.plans.clientViewPinSet,
  };
}

/** Everything the editor shows, read after any save still on its way from a closed editor. */
export async function loadNote(target: NoteTarget): Promise<NoteScreenData> {
  await savesSettled();
  return 'noteId' in target
    ? forNote(await call('notes.get', { id: target.noteId }))
    : forSession(target.appointmentId, target.date);
}
