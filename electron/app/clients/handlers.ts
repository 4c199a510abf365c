import { AccordError } from '../../../shared/errors.ts';
import { CONSENT_LABELS } from '../../../shared/domain/clients.ts';
import { isIcd10Format, normalizeIcd10 } from '../../../shared/icd10.ts';
import { recordAudit } from '../audit/audit.ts';
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

export const clientsHandlers: DomainHandlers<'clients'> = {
  'clients.list': async (input, { db }) => listClients(db, input),

  'clients.get': async ({ id }, { db, clock }) => {
    const client = await getClient(db, id);
    await db.transaction().execute((trx) =>
      recordAudit(trx, {
        action: 'client.viewed',
        entity: 'client',
        entityId: String(id),
        clientId: id,
        summary: 'Client record opened',
        at: clock.now(),
      }),
    );
    return client;
  },

  'clients.create': async ({ status, ...fields }, { db, clock }) => {
    const id = await db.transaction().execute(async (trx) => {
      const id = await insertClient(trx, fields, status, clock.now());
      await recordAudit(trx, {
        action: 'client.created',
        entity: 'client',
        entityId: String(id),
        clientId: id,
        summary: `Client added (${status})`,
        at: clock.now(),
      });
      return id;
    });
    return getClient(db, id);
  },

  'clients.update': async ({ id, ...fields }, { db, clock }) => {
    await requireClientRow(db, id);
    await db.transaction().execute(async (trx) => {
      await updateClientFields(trx, id, fields, clock.now());
      await recordAudit(trx, {
        action: 'client.updated',
        entity: 'client',
        entityId: String(id),
        clientId: id,
        summary: 'Client details changed',
        at: clock.now(),
      });
    });
    return getClient(db, id);
  },

  'clients.discharge': async ({ id, dischargedOn, reason }, { db, clock }) => {
    const row = await requireClientRow(db, id);
    if (row.status === 'discharged') {
      throw new AccordError(
        'CONFLICT',
        `This client was already discharged on ${row.discharged_on}.`,
      );
    }
    await db.transaction().execute(async (trx) => {
      await setClientStatus(trx, id, 'discharged', { on: dischargedOn, reason }, clock.now());
      await recordAudit(trx, {
        action: 'client.discharged',
        entity: 'client',
        entityId: String(id),
        clientId: id,
        summary: `Client discharged on ${dischargedOn}`,
        at: clock.now(),
      });
    });
    return getClient(db, id);
  },

  'clients.reactivate': async ({ id, status }, { db, clock }) => {
    const row = await requireClientRow(db, id);
    if (row.status === status) {
      throw new AccordError(
        'CONFLICT',
        `This client is already ${status === 'active' ? 'active' : 'on the waitlist'}.`,
      );
    }
    await db.transaction().execute(async (trx) => {
      await setClientStatus(trx, id, status, null, clock.now());
      await recordAudit(trx, {
        action: 'client.reactivated',
        entity: 'client',
        entityId: String(id),
        clientId: id,
        summary: `Client status changed from ${row.status} to ${status}`,
        at: clock.now(),
      });
    });
    return getClient(db, id);
  },

  'clients.saveInsurance': async ({ clientId, insurance }, { db, clock }) => {
    await requireClientRow(db, clientId);
    await db.transaction().execute(async (trx) => {
      await putInsurance(trx, clientId, insurance, clock.now());
      await recordAudit(trx, {
        action: 'client.insurance_updated',
        entity: 'client',
        entityId: String(clientId),
        clientId,
        summary: insurance.kind === 'self_pay' ? 'Marked as self-pay' : 'Insurance details saved',
        at: clock.now(),
      });
    });
    return getClient(db, clientId);
  },

  'clients.setDiagnoses': async ({ clientId, diagnoses }, { db, clock }) => {
    await requireClientRow(db, clientId);
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
    const codes = resolved.map((d) => d.code);
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i)
        fields[`diagnoses.${i}.code`] = 'This diagnosis is already listed.';
    });
    if (Object.keys(fields).length > 0) {
      throw new AccordError('VALIDATION', 'Some diagnoses need attention.', { fields });
    }
    await db.transaction().execute(async (trx) => {
      await replaceDiagnoses(trx, clientId, resolved);
      await recordAudit(trx, {
        action: 'client.diagnoses_updated',
        entity: 'client',
        entityId: String(clientId),
        clientId,
        summary: `Diagnoses set: ${codes.join(', ') || 'none'}`,
        at: clock.now(),
      });
    });
    return getClient(db, clientId);
  },

  'clients.importPreview': async ({ csv, mapping }) => readImport(csv, mapping).preview,

  'clients.importCommit': async ({ csv, mapping }, { db, clock }) => {
    const parsed = readImport(csv, mapping);
    const created = await db.transaction().execute(async (trx) => {
      const created = await commitImport(trx, parsed, clock.now());
      await recordAudit(trx, {
        action: 'clients.imported',
        entity: 'client',
        summary: `${created} clients imported from a CSV file`,
        at: clock.now(),
      });
      return created;
    });
    return { created };
  },

  'clients.exportCsv': async ({ status }, { db, clock, files }) => {
    let query = db.selectFrom('clients').selectAll();
    if (status !== 'all') query = query.where('status', '=', status);
    const rows = await query.orderBy('legal_last_name').orderBy('legal_first_name').execute();
    const result = await saveFile(
      files,
      { title: 'Export clients', suggestedName: 'accord-clients.csv', extensions: ['csv'] },
      clientsCsv(rows),
    );
    if (result.saved) {
      await db.transaction().execute((trx) =>
        recordAudit(trx, {
          action: 'clients.exported',
          entity: 'client',
          summary: `${rows.length} clients exported to ${result.fileName}`,
          at: clock.now(),
        }),
      );
    }
    return { ...result, count: rows.length };
  },
};

export const consentsHandlers: DomainHandlers<'consents'> = {
  'consents.record': async (input, { db, clock }) => {
    await requireClientRow(db, input.clientId);
    await db.transaction().execute(async (trx) => {
      const id = await insertConsent(trx, input, clock.now());
      await recordAudit(trx, {
        action: 'consent.signed',
        entity: 'consent',
        entityId: String(id),
        clientId: input.clientId,
        summary: `${CONSENT_LABELS[input.kind]} signed (${input.signature.kind}) on ${input.signedOn}`,
        at: clock.now(),
      });
    });
    return getClient(db, input.clientId);
  },

  'consents.revoke': async ({ id, revokedOn, reason }, { db, clock }) => {
    const { clientId } = await db.transaction().execute(async (trx) => {
      const revoked = await revokeConsent(trx, id, revokedOn, reason);
      await recordAudit(trx, {
        action: 'consent.revoked',
        entity: 'consent',
        entityId: String(id),
        clientId: revoked.clientId,
        summary: `${CONSENT_LABELS[revoked.kind]} revoked on ${revokedOn}`,
        at: clock.now(),
      });
      return revoked;
    });
    return getClient(db, clientId);
  },
};

export const diagnosesHandlers: DomainHandlers<'diagnoses'> = {
  'diagnoses.search': async ({ query }) => ({ results: searchIcd10(query, 20) }),
};
