import type { Kysely, Selectable, Transaction } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import {
  SEED_SERVICES,
  type Service,
  type ServiceFields,
} from '../../../shared/domain/services.ts';
import type { Database } from '../db/schema.ts';

type ServiceRow = Selectable<Database['services']>;

function toService(r: ServiceRow): Service {
  return {
    id: r.id,
    code: r.code,
    label: r.label,
    defaultMinutes: r.default_minutes,
    feeCents: r.fee_cents,
    placeOfService: r.place_of_service as Service['placeOfService'],
    modifiers: JSON.parse(r.modifiers) as string[],
    isAddOn: r.is_add_on === 1,
    active: r.active === 1,
  };
}

function toRow(f: ServiceFields, at: Date) {
  return {
    code: f.code,
    label: f.label,
    default_minutes: f.defaultMinutes,
    fee_cents: f.feeCents,
    place_of_service: f.placeOfService,
    modifiers: JSON.stringify(f.modifiers),
    is_add_on: Number(f.isAddOn),
    active: Number(f.active),
    updated_at: at.toISOString(),
  };
}

export async function listServices(
  db: Kysely<Database>,
  includeInactive: boolean,
): Promise<Service[]> {
  let query = db.selectFrom('services').selectAll();
  if (!includeInactive) query = query.where('active', '=', 1);
  const rows = await query.orderBy('is_add_on').orderBy('code').execute();
  return rows.map(toService);
}

export async function getService(db: Kysely<Database>, id: number): Promise<Service> {
  const row = await db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) {
    throw new AccordError('NOT_FOUND', 'That service could not be found.', {
      fields: { serviceId: 'Choose a service from the list.' },
    });
  }
  return toService(row);
}

export async function saveService(
  trx: Transaction<Database>,
  id: number | null,
  fields: ServiceFields,
  at: Date,
): Promise<number> {
  const duplicate = await trx
    .selectFrom('services')
    .select('id')
    .where('code', '=', fields.code)
    .where('active', '=', 1)
    .$if(id !== null, (q) => q.where('id', '!=', id as number))
    .executeTakeFirst();
  if (duplicate && fields.active) {
    throw new AccordError('CONFLICT', `Another active service already uses code ${fields.code}.`, {
      fields: { code: 'This code is already in use.' },
    });
  }
  if (id === null) {
    const { id: created } = await trx
      .insertInto('services')
      .values(toRow(fields, at))
      .returning('id')
      .executeTakeFirstOrThrow();
    return created;
  }
  const { numUpdatedRows } = await trx
    .updateTable('services')
    .set(toRow(fields, at))
    .where('id', '=', id)
    .executeTakeFirst();
  if (numUpdatedRows === 0n) throw new AccordError('NOT_FOUND', 'That service could not be found.');
  return id;
}

/** Seeds the common psychotherapy codes once, when a vault is new. */
export async function seedServices(db: Kysely<Database>, at: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const seeded = await trx
      .selectFrom('meta')
      .select('value')
      .where('key', '=', 'services_seeded')
      .executeTakeFirst();
    if (seeded) return;
    await trx
      .insertInto('services')
      .values(SEED_SERVICES.map((s) => toRow(s, at)))
      .execute();
    await trx
      .insertInto('meta')
      .values({ key: 'services_seeded', value: at.toISOString() })
      .execute();
  });
}

export async function countServices(db: Kysely<Database>): Promise<number> {
  const { n } = await db
    .selectFrom('services')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return n;
}
