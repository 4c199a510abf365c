import type { Kysely, Selectable, Transaction } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import {
  displayName,
  initials,
  type Client,
  type ClientFields,
  type ClientStatus,
  type ClientSummary,
  type Consent,
  type Diagnosis,
  type Insurance,
} from '../../../shared/domain/clients.ts';
import type { Database } from '../db/schema.ts';
import { indexClient, matchingIds, toMatchQuery } from './search.ts';

type ClientRow = Selectable<Database['clients']>;

function toRow(f: ClientFields) {
  return {
    legal_first_name: f.legalFirstName,
    legal_middle_name: f.legalMiddleName,
    legal_last_name: f.legalLastName,
    preferred_name: f.preferredName,
    pronouns: f.pronouns,
    date_of_birth: f.dateOfBirth,
    phone: f.phone,
    email: f.email,
    address_line1: f.address.line1,
    address_line2: f.address.line2,
    address_city: f.address.city,
    address_region: f.address.region,
    address_postal_code: f.address.postalCode,
    preferred_channel: f.contactPreferences.preferredChannel,
    voicemail_ok: Number(f.contactPreferences.voicemailOk),
    text_ok: Number(f.contactPreferences.textOk),
    email_ok: Number(f.contactPreferences.emailOk),
    emergency_name: f.emergencyContact.name,
    emergency_relationship: f.emergencyContact.relationship,
    emergency_phone: f.emergencyContact.phone,
    referral_source: f.referralSource,
    counselor_notes: f.counselorNotes,
  };
}

function toFields(r: ClientRow): ClientFields {
  return {
    legalFirstName: r.legal_first_name,
    legalMiddleName: r.legal_middle_name,
    legalLastName: r.legal_last_name,
    preferredName: r.preferred_name,
    pronouns: r.pronouns,
    dateOfBirth: r.date_of_birth,
    phone: r.phone,
    email: r.email,
    address: {
      line1: r.address_line1,
      line2: r.address_line2,
      city: r.address_city,
      region: r.address_region,
      postalCode: r.address_postal_code,
    },
    contactPreferences: {
      preferredChannel: r.preferred_channel,
      voicemailOk: r.voicemail_ok === 1,
      textOk: r.text_ok === 1,
      emailOk: r.email_ok === 1,
    },
    emergencyContact: {
      name: r.emergency_name,
      relationship: r.emergency_relationship,
      phone: r.emergency_phone,
    },
    referralSource: r.referral_source,
    counselorNotes: r.counselor_notes,
  };
}

function toSummary(r: Pick<ClientRow, keyof ClientRow>): ClientSummary {
  return {
    id: r.id,
    legalFirstName: r.legal_first_name,
    legalLastName: r.legal_last_name,
    preferredName: r.preferred_name,
    pronouns: r.pronouns,
    dateOfBirth: r.date_of_birth,
    phone: r.phone,
    email: r.email,
    status: r.status,
  };
}

export function clientNotFound(): AccordError {
  return new AccordError(
    'NOT_FOUND',
    'That client could not be found. Refresh the list and try again.',
    {
      fields: { clientId: 'No client with this id.' },
    },
  );
}

export async function requireClientRow(db: Kysely<Database>, id: number): Promise<ClientRow> {
  const row = await db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw clientNotFound();
  return row;
}

export async function insertClient(
  trx: Transaction<Database>,
  fields: ClientFields,
  status: ClientStatus,
  at: Date,
): Promise<number> {
  const row = {
    ...toRow(fields),
    status,
    created_at: at.toISOString(),
    updated_at: at.toISOString(),
  };
  const { id } = await trx
    .insertInto('clients')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await indexClient(trx, id, row);
  return id;
}

export async function updateClientFields(
  trx: Transaction<Database>,
  id: number,
  fields: ClientFields,
  at: Date,
): Promise<void> {
  const row = { ...toRow(fields), updated_at: at.toISOString() };
  await trx.updateTable('clients').set(row).where('id', '=', id).execute();
  await indexClient(trx, id, row);
}

export async function setClientStatus(
  trx: Transaction<Database>,
  id: number,
  status: ClientStatus,
  discharge: { on: string; reason: string } | null,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('clients')
    .set({
      status,
      discharged_on: discharge?.on ?? null,
      discharge_reason: discharge?.reason ?? null,
      updated_at: at.toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

export async function listClients(
  db: Kysely<Database>,
  options: { query: string; status: ClientStatus | 'all'; limit: number; offset: number },
): Promise<{ clients: ClientSummary[]; total: number }> {
  let query = db.selectFrom('clients');
  if (options.status !== 'all') query = query.where('status', '=', options.status);
  const match = toMatchQuery(options.query);
  if (match) query = query.where('id', 'in', matchingIds(db, match));
  const { total } = await query
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('legal_last_name')
    .orderBy('legal_first_name')
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  return { clients: rows.map(toSummary), total };
}

export async function getInsurance(
  db: Kysely<Database>,
  clientId: number,
): Promise<Insurance | null> {
  const r = await db
    .selectFrom('client_insurance')
    .selectAll()
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!r) return null;
  if (r.kind === 'self_pay') return { kind: 'self_pay' };
  return {
    kind: 'insurance',
    payerName: r.payer_name,
    payerId: r.payer_id,
    memberId: r.member_id,
    groupNumber: r.group_number,
    subscriber:
      r.subscriber_relationship && r.subscriber_name && r.subscriber_date_of_birth
        ? {
            relationship: r.subscriber_relationship,
            name: r.subscriber_name,
            dateOfBirth: r.subscriber_date_of_birth,
          }
        : null,
    copayCents: r.copay_cents,
    coinsuranceBp: r.coinsurance_bp,
  };
}

export async function putInsurance(
  trx: Transaction<Database>,
  clientId: number,
  insurance: Insurance,
  at: Date,
): Promise<void> {
  const insured = insurance.kind === 'insurance' ? insurance : null;
  const row = {
    client_id: clientId,
    kind: insurance.kind,
    payer_name: insured?.payerName ?? '',
    payer_id: insured?.payerId ?? '',
    member_id: insured?.memberId ?? '',
    group_number: insured?.groupNumber ?? '',
    subscriber_relationship: insured?.subscriber?.relationship ?? null,
    subscriber_name: insured?.subscriber?.name ?? null,
    subscriber_date_of_birth: insured?.subscriber?.dateOfBirth ?? null,
    copay_cents: insured?.copayCents ?? 0,
    coinsurance_bp: insured?.coinsuranceBp ?? 0,
    updated_at: at.toISOString(),
  };
  await trx
    .insertInto('client_insurance')
    .values(row)
    .onConflict((oc) => oc.column('client_id').doUpdateSet(row))
    .execute();
}

export async function getDiagnoses(db: Kysely<Database>, clientId: number): Promise<Diagnosis[]> {
  const rows = await db
    .selectFrom('client_diagnoses')
    .select(['code', 'title', 'rank', 'diagnosed_on'])
    .where('client_id', '=', clientId)
    .orderBy('rank')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    title: r.title,
    rank: r.rank,
    diagnosedOn: r.diagnosed_on,
  }));
}

export async function replaceDiagnoses(
  trx: Transaction<Database>,
  clientId: number,
  diagnoses: Omit<Diagnosis, 'rank'>[],
): Promise<void> {
  await trx.deleteFrom('client_diagnoses').where('client_id', '=', clientId).execute();
  if (diagnoses.length === 0) return;
  await trx
    .insertInto('client_diagnoses')
    .values(
      diagnoses.map((d, i) => ({
        client_id: clientId,
        rank: i + 1,
        code: d.code,
        title: d.title,
        diagnosed_on: d.diagnosedOn,
      })),
    )
    .execute();
}

export async function getConsents(db: Kysely<Database>, clientId: number): Promise<Consent[]> {
  const rows = await db
    .selectFrom('consents')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('signed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    signedOn: r.signed_on,
    signature:
      r.signature_kind === 'drawn' && r.signature_image
        ? { kind: 'drawn', name: r.signature_name, image: r.signature_image }
        : { kind: 'typed', name: r.signature_name },
    release:
      r.release_to && r.release_what && r.release_until
        ? { to: r.release_to, what: r.release_what, until: r.release_until }
        : null,
    revokedOn: r.revoked_on,
    revokedReason: r.revoked_reason,
  }));
}

export async function getClient(db: Kysely<Database>, id: number): Promise<Client> {
  const row = await requireClientRow(db, id);
  return {
    id: row.id,
    ...toFields(row),
    status: row.status,
    dischargedOn: row.discharged_on,
    dischargeReason: row.discharge_reason,
    insurance: await getInsurance(db, id),
    diagnoses: await getDiagnoses(db, id),
    consents: await getConsents(db, id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Names for other domains (scheduling, billing) to show, by id. */
export async function clientLabels(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, { name: string; initials: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('clients')
    .select(['id', 'legal_first_name', 'legal_last_name', 'preferred_name'])
    .where('id', 'in', unique)
    .execute();
  return new Map(
    rows.map((r) => {
      const names = {
        legalFirstName: r.legal_first_name,
        legalLastName: r.legal_last_name,
        preferredName: r.preferred_name,
      };
      return [r.id, { name: displayName(names), initials: initials(names) }];
    }),
  );
}

export async function countClients(db: Kysely<Database>): Promise<number> {
  const { n } = await db
    .selectFrom('clients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return n;
}
