import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import {
  NOTE_TEMPLATES,
  risk as riskSchema,
  type Note,
  type NoteSummary,
  type NoteTemplate,
} from '../../../shared/domain/notes.ts';
import type { Database } from '../db/schema.ts';
import { toMatchQuery } from '../clients/search.ts';

type NoteRow = Selectable<Database['notes']>;

export function noteNotFound(): AccordError {
  return new AccordError('NOT_FOUND', 'That note could not be found.', {
    fields: { id: 'No note with this id.' },
  });
}

export async function requireNoteRow(db: Kysely<Database>, id: number): Promise<NoteRow> {
  const row = await db.selectFrom('notes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw noteNotFound();
  return row;
}

export function toNote(
  r: NoteRow,
  extra: { clientName: string; riskRequired: boolean; addenda: Note['addenda'] },
): Note {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: extra.clientName,
    appointmentId: r.appointment_id,
    template: r.template,
    status: r.status,
    serviceDate: r.service_date,
    startAt: r.start_at,
    durationMin: r.duration_min,
    serviceCode: r.service_code,
    serviceLabel: r.service_label,
    placeOfService: r.place_of_service,
    diagnoses: JSON.parse(r.diagnoses) as Note['diagnoses'],
    fields: JSON.parse(r.fields) as Record<string, string>,
    objectives: JSON.parse(r.objectives) as Note['objectives'],
    risk: r.risk === null ? null : riskSchema.parse(JSON.parse(r.risk)),
    riskRequired: extra.riskRequired,
    signedAt: r.signed_at,
    signedBy: r.signed_by,
    addenda: extra.addenda,
    updatedAt: r.updated_at,
  };
}

export async function addendaOf(db: Kysely<Database>, noteId: number): Promise<Note['addenda']> {
  const rows = await db
    .selectFrom('note_addenda')
    .selectAll()
    .where('note_id', '=', noteId)
    .orderBy('signed_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    signedAt: r.signed_at,
    signedBy: r.signed_by,
  }));
}

/** Only the template's own sections are kept, so a stray key cannot hide text in a note. */
export function checkFields(
  template: NoteTemplate,
  fields: Record<string, string>,
): Record<string, string> {
  const keys: readonly string[] = NOTE_TEMPLATES[template].fields.map((f) => f.key);
  const unknown = Object.keys(fields).filter((k) => !keys.includes(k));
  if (unknown.length > 0) {
    throw new AccordError('VALIDATION', 'This note has a section its template does not have.', {
      fields: Object.fromEntries(
        unknown.map((k) => [`fields.${k}`, 'Not a section of this template.']),
      ),
    });
  }
  return Object.fromEntries(keys.map((k) => [k, fields[k] ?? '']));
}

export function isEmptyNote(fields: Record<string, string>): boolean {
  return Object.values(fields).every((v) => v.trim() === '');
}

/** The searchable text of a note: its sections and its addenda. */
export async function indexNote(trx: Transaction<Database>, noteId: number): Promise<void> {
  const note = await trx
    .selectFrom('notes')
    .select('fields')
    .where('id', '=', noteId)
    .executeTakeFirstOrThrow();
  const addenda = await trx
    .selectFrom('note_addenda')
    .select('text')
    .where('note_id', '=', noteId)
    .execute();
  const body = [
    ...Object.values(JSON.parse(note.fields) as Record<string, string>),
    ...addenda.map((a) => a.text),
  ].join('\n');
  await sql`DELETE FROM notes_search WHERE rowid = ${noteId}`.execute(trx);
  await sql`INSERT INTO notes_search (rowid, body) VALUES (${noteId}, ${body})`.execute(trx);
}

export function excerpt(fields: string): string {
  const text = Object.values(JSON.parse(fields) as Record<string, string>)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** A client's notes, newest first; with a query, only those whose text matches (FTS5). */
export async function listNotes(
  db: Kysely<Database>,
  clientId: number,
  query: string,
  clientName: string,
): Promise<NoteSummary[]> {
  let q = db.selectFrom('notes').selectAll().where('client_id', '=', clientId);
  const match = toMatchQuery(query);
  if (match) {
    q = q.where(
      'id',
      'in',
      db
        .selectFrom('notes_search')
        .select('rowid')
        .where(sql<boolean>`notes_search MATCH ${match}`),
    );
  }
  const rows = await q
    .orderBy('service_date', 'desc')
    .orderBy('start_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientName,
    appointmentId: r.appointment_id,
    serviceDate: r.service_date,
    template: r.template,
    status: r.status,
    excerpt: excerpt(r.fields),
    updatedAt: r.updated_at,
  }));
}

/** Per session: no note, a draft, or a signed note (billing asks before it charges). */
export async function noteStates(
  db: Kysely<Database>,
  appointmentIds: readonly number[],
): Promise<Map<number, { id: number; status: 'draft' | 'signed' }>> {
  if (appointmentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('notes')
    .select(['id', 'appointment_id', 'status'])
    .where('appointment_id', 'in', [...new Set(appointmentIds)])
    .execute();
  return new Map(rows.map((r) => [r.appointment_id, { id: r.id, status: r.status }]));
}

/** Which notes addressed each objective, for the plan's "addressed in" lists. */
export async function notesByObjective(
  db: Kysely<Database>,
  clientId: number,
): Promise<Map<string, { noteId: number; serviceDate: string; comment: string }[]>> {
  const rows = await db
    .selectFrom('notes')
    .select(['id', 'service_date', 'objectives'])
    .where('client_id', '=', clientId)
    .orderBy('service_date')
    .execute();
  const by = new Map<string, { noteId: number; serviceDate: string; comment: string }[]>();
  for (const r of rows) {
    for (const o of JSON.parse(r.objectives) as { objectiveId: string; comment: string }[]) {
      by.set(o.objectiveId, [
        ...(by.get(o.objectiveId) ?? []),
        { noteId: r.id, serviceDate: r.service_date, comment: o.comment },
      ]);
    }
  }
  return by;
}
