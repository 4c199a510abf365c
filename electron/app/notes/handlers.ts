import { AccordError } from '../../../shared/errors.ts';
import { displayName } from '../../../shared/domain/clients.ts';
import { NOTE_TEMPLATES } from '../../../shared/domain/notes.ts';
import { audited, recordEvent } from '../audit/audit.ts';
import { getClient, requireClientRow } from '../clients/clients.ts';
import type { AppContext, DomainHandlers } from '../context.ts';
import { saveFile } from '../files.ts';
import { latestPhq9Flag } from '../measures/measures.ts';
import { latestVersion, planOf, toVersion } from '../plans/plans.ts';
import { requireAppointment } from '../scheduling/appointments.ts';
import { getNoteSettings, getPractice } from '../settings/settings.ts';
import { confirmCounselor } from '../vault/confirm.ts';
import {
  addendaOf,
  checkFields,
  excerpt,
  indexNote,
  isEmptyNote,
  listNotes,
  requireNoteRow,
  toNote,
} from './notes.ts';
import { notesPdf } from './pdf.ts';

async function clientName(ctx: AppContext, clientId: number): Promise<string> {
  const c = await requireClientRow(ctx.db, clientId);
  return displayName({
    legalFirstName: c.legal_first_name,
    legalLastName: c.legal_last_name,
    preferredName: c.preferred_name,
  });
}

/** A note with its client's name, its addenda and whether risk fields are required. */
export async function loadNote(ctx: AppContext, id: number) {
  const row = await requireNoteRow(ctx.db, id);
  return toNote(row, {
    clientName: await clientName(ctx, row.client_id),
    riskRequired: await latestPhq9Flag(ctx.db, row.client_id),
    addenda: await addendaOf(ctx.db, id),
  });
}

async function signerName(ctx: AppContext): Promise<string> {
  const p = await getPractice(ctx.db);
  return [p.counselorName || 'Counselor', p.credentials].filter(Boolean).join(', ');
}

function signedAlready(): AccordError {
  return new AccordError(
    'CONFLICT',
    'This note is signed and cannot be changed. Add an addendum instead.',
  );
}

export const notesHandlers: DomainHandlers<'notes'> = {
  'notes.forSession': async ({ appointmentId }, ctx) => {
    await requireAppointment(ctx.db, appointmentId);
    const row = await ctx.db
      .selectFrom('notes')
      .select('id')
      .where('appointment_id', '=', appointmentId)
      .executeTakeFirst();
    return { note: row ? await loadNote(ctx, row.id) : null };
  },

  'notes.create': async ({ appointmentId, template }, ctx) => {
    const session = await requireAppointment(ctx.db, appointmentId);
    if (session.status === 'cancelled_client' || session.status === 'cancelled_counselor') {
      throw new AccordError('CONFLICT', 'This session was cancelled, so it has no progress note.', {
        fields: { appointmentId: 'Cancelled session.' },
      });
    }
    const existing = await ctx.db
      .selectFrom('notes')
      .select('id')
      .where('appointment_id', '=', appointmentId)
      .executeTakeFirst();
    if (existing) {
      throw new AccordError('CONFLICT', 'This session already has a note. Open it instead.', {
        fields: { appointmentId: 'This session already has a note.' },
      });
    }
    const chosen = template ?? (await getNoteSettings(ctx.db)).defaultTemplate;
    const service = await ctx.db
      .selectFrom('services')
      .select(['code', 'label'])
      .where('id', '=', session.service_id)
      .executeTakeFirstOrThrow();
    const client = await getClient(ctx.db, session.client_id);
    const now = ctx.clock.now().toISOString();
    const id = await audited(
      ctx,
      async (trx) => {
        const { id } = await trx
          .insertInto('notes')
          .values({
            client_id: session.client_id,
            appointment_id: appointmentId,
            template: chosen,
            fields: JSON.stringify(
              Object.fromEntries(NOTE_TEMPLATES[chosen].fields.map((f) => [f.key, ''])),
            ),
            objectives: '[]',
            risk: null,
            status: 'draft',
            service_date: session.local_date,
            start_at: session.start_at,
            duration_min: session.duration_min,
            service_code: service.code,
            service_label: service.label,
            place_of_service: session.place_of_service,
            diagnoses: JSON.stringify(
              client.diagnoses.map((d) => ({ code: d.code, title: d.title })),
            ),
            signed_at: null,
            signed_by: null,
            created_at: now,
            updated_at: now,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await indexNote(trx, id);
        return id;
      },
      (noteId) => ({
        action: 'note.created',
        entity: 'note',
        entityId: String(noteId),
        clientId: session.client_id,
        summary: `${NOTE_TEMPLATES[chosen].label} note started for the session of ${session.local_date}`,
      }),
    );
    return loadNote(ctx, id);
  },

  'notes.get': async ({ id }, ctx) => {
    const note = await loadNote(ctx, id);
    await recordEvent(ctx, {
      action: 'note.viewed',
      entity: 'note',
      entityId: String(id),
      clientId: note.clientId,
      summary: `Note of ${note.serviceDate} opened`,
    });
    return note;
  },

  'notes.save': async ({ id, fields, objectives, risk }, ctx) => {
    const row = await requireNoteRow(ctx.db, id);
    if (row.status === 'signed') throw signedAlready();
    const kept = checkFields(row.template, fields);
    if (objectives.length > 0) {
      const plan = await planOf(ctx.db, row.client_id);
      const latest = plan && (await latestVersion(ctx.db, plan.id));
      const known = new Set(
        latest
          ? toVersion(latest, row.client_id).content.goals.flatMap((g) =>
              g.objectives.map((o) => o.id),
            )
          : [],
      );
      const unknown = objectives.findIndex((o) => !known.has(o.objectiveId));
      if (unknown >= 0) {
        throw new AccordError('VALIDATION', 'Choose objectives from this client’s current plan.', {
          fields: {
            [`objectives.${unknown}.objectiveId`]: 'Not an objective of the current plan.',
          },
        });
      }
    }
    await audited(
      ctx,
      async (trx) => {
        await trx
          .updateTable('notes')
          .set({
            fields: JSON.stringify(kept),
            objectives: JSON.stringify(objectives),
            risk: risk === null ? null : JSON.stringify(risk),
            updated_at: ctx.clock.now().toISOString(),
          })
          .where('id', '=', id)
          .execute();
        await indexNote(trx, id);
      },
      {
        action: 'note.saved',
        entity: 'note',
        entityId: String(id),
        clientId: row.client_id,
        summary: 'Note draft saved',
      },
    );
    return loadNote(ctx, id);
  },

  'notes.sign': async ({ id, passphrase, pin }, ctx) => {
    const note = await loadNote(ctx, id);
    if (note.status === 'signed') throw signedAlready();
    if (isEmptyNote(note.fields)) {
      throw new AccordError('VALIDATION', 'This note is empty. Write it before you sign.', {
        fields: { fields: 'The note is empty.' },
      });
    }
    if (note.riskRequired && note.risk === null) {
      throw new AccordError(
        'VALIDATION',
        'The latest PHQ-9 flagged item 9: record the risk assessment before you sign.',
        {
          fields: { risk: 'Record the risk assessment.' },
        },
      );
    }
    await confirmCounselor(ctx, { passphrase, pin });
    const by = await signerName(ctx);
    await audited(
      ctx,
      (trx) =>
        trx
          .updateTable('notes')
          .set({
            status: 'signed',
            signed_at: ctx.clock.now().toISOString(),
            signed_by: by,
            updated_at: ctx.clock.now().toISOString(),
          })
          .where('id', '=', id)
          .execute(),
      {
        action: 'note.signed',
        entity: 'note',
        entityId: String(id),
        clientId: note.clientId,
        summary: `Note of ${note.serviceDate} signed`,
      },
    );
    return loadNote(ctx, id);
  },

  'notes.addendum': async ({ noteId, text, passphrase, pin }, ctx) => {
    const row = await requireNoteRow(ctx.db, noteId);
    if (row.status !== 'signed') {
      throw new AccordError(
        'CONFLICT',
        'This note is still a draft: edit it directly. Addenda are for signed notes.',
      );
    }
    await confirmCounselor(ctx, { passphrase, pin });
    const by = await signerName(ctx);
    await audited(
      ctx,
      async (trx) => {
        await trx
          .insertInto('note_addenda')
          .values({
            note_id: noteId,
            text,
            signed_at: ctx.clock.now().toISOString(),
            signed_by: by,
          })
          .execute();
        await indexNote(trx, noteId);
      },
      {
        action: 'note.addendum',
        entity: 'note',
        entityId: String(noteId),
        clientId: row.client_id,
        summary: `Addendum signed on the note of ${row.service_date}`,
      },
    );
    return loadNote(ctx, noteId);
  },

  'notes.list': async ({ clientId, query }, ctx) => ({
    notes: await listNotes(ctx.db, clientId, query, await clientName(ctx, clientId)),
  }),

  'notes.unsigned': async (_input, ctx) => {
    const rows = await ctx.db
      .selectFrom('notes')
      .innerJoin('clients', 'clients.id', 'notes.client_id')
      .select([
        'notes.id',
        'notes.client_id',
        'notes.appointment_id',
        'notes.service_date',
        'notes.template',
        'notes.fields',
        'notes.updated_at',
      ])
      .select(['clients.legal_first_name', 'clients.legal_last_name', 'clients.preferred_name'])
      .where('notes.status', '=', 'draft')
      .orderBy('notes.service_date')
      .execute();
    return {
      notes: rows.map((r) => ({
        id: r.id,
        clientId: r.client_id,
        clientName: displayName({
          legalFirstName: r.legal_first_name,
          legalLastName: r.legal_last_name,
          preferredName: r.preferred_name,
        }),
        appointmentId: r.appointment_id,
        serviceDate: r.service_date,
        template: r.template,
        status: 'draft' as const,
        excerpt: excerpt(r.fields),
        updatedAt: r.updated_at,
      })),
    };
  },

  'notes.exportPdf': async ({ noteId, clientId }, ctx) => {
    const ids = noteId
      ? [noteId]
      : (
          await ctx.db
            .selectFrom('notes')
            .select('id')
            .where('client_id', '=', clientId as number)
            .orderBy('service_date')
            .orderBy('start_at')
            .execute()
        ).map((r) => r.id);
    if (clientId) await requireClientRow(ctx.db, clientId);
    const notes = [];
    for (const id of ids) notes.push(await loadNote(ctx, id));
    if (notes.length === 0) throw new AccordError('NOT_FOUND', 'There are no notes to export.');
    const first = notes[0] as (typeof notes)[number];
    const practice = await getPractice(ctx.db);
    const plan = await planOf(ctx.db, first.clientId);
    const latest = plan && (await latestVersion(ctx.db, plan.id));
    const labels = new Map(
      latest
        ? toVersion(latest, first.clientId).content.goals.flatMap((g) =>
            g.objectives.map((o) => [o.id, o.clientWords || o.description] as const),
          )
        : [],
    );
    const pdf = await notesPdf(notes, practice, labels);
    const suggestedName =
      notes.length === 1 ? `note-${first.serviceDate}.pdf` : `notes-${notes.length}.pdf`;
    const result = await saveFile(
      ctx.files,
      { title: 'Save progress notes', suggestedName, extensions: ['pdf'] },
      pdf,
    );
    if (result.saved) {
      await recordEvent(ctx, {
        action: 'note.exported',
        entity: 'note',
        entityId: notes.length === 1 ? String(first.id) : null,
        clientId: first.clientId,
        summary: `${notes.length} note${notes.length === 1 ? '' : 's'} saved as ${result.fileName}`,
      });
    }
    return { ...result, count: notes.length };
  },
};
