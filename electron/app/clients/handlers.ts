import { AccordError } from '../../../shared/errors.ts';
import { CONSENT_LABELS } from '../../../shared/domain/clients.ts';
import { isIcd10Format, normalizeIcd10 } from '../../../shared/icd10.ts';
import type { AuditAction } from '../../../shared/domain/audit.ts';
import { audited, recordEvent, type AuditRecord } from '../audit/audit.ts';
import type { DomainHandlers } from '../context.ts';
import { saveFile } from '../files.ts';
import {
  getClient,
  insertClient,
  listClients,
  putInsurance,
  replaceDiagnoses,
  requireClientRow,
  setClientStatus,
  updateClientFields,
} from './clients.ts';
import { insertConsent, revokeConsent } from './consents.ts';
import { findIcd10, searchIcd10 } from './icd10.ts';
import { clientsCsv, commitImport, readImport } from './import.ts';

/** The audit event of a change to one client's record. */
function about(clientId: number, action: AuditAction, summary: string): AuditRecord {
  return { action, entity: 'client', entityId: String(clientId), clientId, summary };
}

/** Resolves typed codes against the list; names every problem before anything is written. */
function resolveDiagnoses(
  diagnoses: { code: string; title?: string | undefined; diagnosedOn: string }[],
) {
  const fields: Record<string, string> = {};
  const resolved = diagnoses.map((d, i) => {
    const code = normalizeIcd10(d.code);
    const known = findIcd10(code);
    if (known) return { code, title: known.title, diagnosedOn: d.diagnosedOn };
    if (!isIcd10Format(code)) {
      fields[`diagnoses.${i}.code`] =
        'This is not an ICD-10-CM code. Codes look like F41.1 or Z63.0.';
    } else if (!d.title) {
      fields[`diagnoses.${i}.title`] =
        'This code is not in Accord’s list: enter its title as published.';
    }
    return { code, title: d.title ?? '', diagnosedOn: d.diagnosedOn };
  });
  resolved.forEach(({ code }, i) => {
    if (resolved.findIndex((d) => d.code === code) !== i) {
      fields[`diagnoses.${i}.code`] = 'This diagnosis is already listed.';
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new AccordError('VALIDATION', 'Some diagnoses need attention.', { fields });
  }
  return resolved;
}

export const clientsHandlers: DomainHandlers<'clients'> = {
  'clients.list': async (input, { db }) => listClients(db, input),

  'clients.get': async ({ id }, ctx) => {
    const client = await getClient(ctx.db, id);
    await recordEvent(ctx, {
      action: 'client.viewed',
      entity: 'client',
      entityId: String(id),
      clientId: id,
      summary: 'Client record opened',
    });
    return client;
  },

  'clients.create': async ({ status, ...fields }, ctx) => {
    const id = await audited(
      ctx,
      (trx) => insertClient(trx, fields, status, ctx.clock.now()),
      (id) => about(id, 'client.created', `Client added (${status})`),
    );
    return getClient(ctx.db, id);
  },

  'clients.update': async ({ id, ...fields }, ctx) => {
    await requireClientRow(ctx.db, id);
    await audited(
      ctx,
      (trx) => updateClientFields(trx, id, fields, ctx.clock.now()),
      about(id, 'client.updated', 'Client details changed'),
    );
    return getClient(ctx.db, id);
  },

  'clients.discharge': async ({ id, dischargedOn, reason }, ctx) => {
    const row = await requireClientRow(ctx.db, id);
    if (row.status === 'discharged') {
      throw new AccordError(
        'CONFLICT',
        `This client was already discharged on ${row.discharged_on}.`,
      );
    }
    await audited(
      ctx,
      (trx) =>
        setClientStatus(trx, id, 'discharged', { on: dischargedOn, reason }, ctx.clock.now()),
      about(id, 'client.discharged', `Client discharged on ${dischargedOn}`),
    );
    return getClient(ctx.db, id);
  },

  'clients.reactivate': async ({ id, status }, ctx) => {
    const row = await requireClientRow(ctx.db, id);
    if (row.status === status) {
      const now = status === 'active' ? 'active' : 'on the waitlist';
      throw new AccordError('CONFLICT', `This client is already ${now}.`);
    }
    await audited(
      ctx,
      (trx) => setClientStatus(trx, id, status, null, ctx.clock.now()),
      about(id, 'client.reactivated', `Client status changed from ${row.status} to ${status}`),
    );
    return getClient(ctx.db, id);
  },

  'clients.saveInsurance': async ({ clientId, insurance }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    const summary =
      insurance.kind === 'self_pay' ? 'Marked as self-pay' : 'Insurance details saved';
    await audited(
      ctx,
      (trx) => putInsurance(trx, clientId, insurance, ctx.clock.now()),
      about(clientId, 'client.insurance_updated', summary),
    );
    return getClient(ctx.db, clientId);
  },

  'clients.setDiagnoses': async ({ clientId, diagnoses }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    const resolved = resolveDiagnoses(diagnoses);
    const codes = resolved.map((d) => d.code).join(', ') || 'none';
    await audited(
      ctx,
      (trx) => replaceDiagnoses(trx, clientId, resolved),
      about(clientId, 'client.diagnoses_updated', `Diagnoses set: ${codes}`),
    );
    return getClient(ctx.db, clientId);
  },

  'clients.importPreview': async ({ csv, mapping }) => readImport(csv, mapping).preview,

  'clients.importCommit': async ({ csv, mapping }, ctx) => {
    const parsed = readImport(csv, mapping);
    const created = await audited(
      ctx,
      (trx) => commitImport(trx, parsed, ctx.clock.now()),
      (n) => ({
        action: 'clients.imported',
        entity: 'client',
        summary: `${n} clients imported from a CSV file`,
      }),
    );
    return { created };
  },

  'clients.exportCsv': async ({ status }, ctx) => {
    let query = ctx.db.selectFrom('clients').selectAll();
    if (status !== 'all') query = query.where('status', '=', status);
    const rows = await query.orderBy('legal_last_name').orderBy('legal_first_name').execute();
    const result = await saveFile(
      ctx.files,
      { title: 'Export clients', suggestedName: 'accord-clients.csv', extensions: ['csv'] },
      clientsCsv(rows),
    );
    if (result.saved) {
      await recordEvent(ctx, {
        action: 'clients.exported',
        entity: 'client',
        summary: `${rows.length} clients exported to ${result.fileName}`,
      });
    }
    return { ...result, count: rows.length };
  },
};

export const consentsHandlers: DomainHandlers<'consents'> = {
  'consents.record': async (input, ctx) => {
    await requireClientRow(ctx.db, input.clientId);
    await audited(
      ctx,
      (trx) => insertConsent(trx, input, ctx.clock.now()),
      (id) => ({
        action: 'consent.signed',
        entity: 'consent',
        entityId: String(id),
        clientId: input.clientId,
        summary: `${CONSENT_LABELS[input.kind]} signed (${input.signature.kind}) on ${input.signedOn}`,
      }),
    );
    return getClient(ctx.db, input.clientId);
  },

  'consents.revoke': async ({ id, revokedOn, reason }, ctx) => {
    const { clientId } = await audited(
      ctx,
      (trx) => revokeConsent(trx, id, revokedOn, reason),
      (revoked) => ({
        action: 'consent.revoked',
        entity: 'consent',
        entityId: String(id),
        clientId: revoked.clientId,
        summary: `${CONSENT_LABELS[revoked.kind]} revoked on ${revokedOn}`,
      }),
    );
    return getClient(ctx.db, clientId);
  },
};

export const diagnosesHandlers: DomainHandlers<'diagnoses'> = {
  'diagnoses.search': async ({ query }) => ({ results: searchIcd10(query, 20) }),
};
