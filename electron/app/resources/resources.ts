import type { Kysely, Selectable, Transaction } from 'kysely';
import type { z } from 'zod';
import { AccordError } from '../../../shared/errors.ts';
import type { Resource, resourceSaveInput } from '../../../shared/domain/care.ts';
import type { Database } from '../db/schema.ts';
import { STARTER_RESOURCES } from './starter.ts';

type Row = Selectable<Database['resources']>;

function toResource(r: Omit<Row, 'attachment'> & { attachment_bytes: number | null }): Resource {
  return {
    id: r.id,
    title: r.title,
    body: r.body,
    benefits: r.benefits,
    drawbacks: r.drawbacks,
    asks: r.asks,
    tags: JSON.parse(r.tags) as string[],
    starter: r.starter_key !== null,
    attachmentName: r.attachment_name,
    attachmentBytes: r.attachment_bytes,
    updatedAt: r.updated_at,
  };
}

/** Everything but the attachment's bytes, which only an export reads. */
function withoutBytes(db: Kysely<Database>) {
  return db
    .selectFrom('resources')
    .select([
      'id',
      'starter_key',
      'title',
      'body',
      'benefits',
      'drawbacks',
      'asks',
      'tags',
      'attachment_name',
      'created_at',
      'updated_at',
    ])
    .select((eb) => eb.fn<number | null>('length', ['attachment']).as('attachment_bytes'));
}

export async function listResources(
  db: Kysely<Database>,
  query: string,
  tag: string | null,
): Promise<Resource[]> {
  const rows = await withoutBytes(db).orderBy('title').execute();
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  // The library is small (tens of entries), so matching in memory is simplest and instant.
  return rows
    .map(toResource)
    .filter((r) => !tag || r.tags.includes(tag))
    .filter((r) =>
      words.every((w) =>
        `${r.title} ${r.tags.join(' ')} ${r.body}`.toLocaleLowerCase().includes(w),
      ),
    );
}

export async function getResource(db: Kysely<Database>, id: number): Promise<Resource> {
  const row = await withoutBytes(db).where('id', '=', id).executeTakeFirst();
  if (!row) {
    throw new AccordError('NOT_FOUND', 'That resource could not be found.', {
      fields: { resourceId: 'No resource with this id.' },
    });
  }
  return toResource(row);
}

export async function attachmentOf(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('resources')
    .select(['attachment', 'attachment_name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function saveResource(
  trx: Transaction<Database>,
  input: z.output<typeof resourceSaveInput>,
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const values = {
    title: input.title,
    body: input.body,
    benefits: input.benefits,
    drawbacks: input.drawbacks,
    asks: input.asks,
    tags: JSON.stringify([...new Set(input.tags)]),
    updated_at: at,
    ...(input.attachment === undefined
      ? {}
      : {
          attachment: input.attachment ? Buffer.from(input.attachment.base64, 'base64') : null,
          attachment_name: input.attachment?.name ?? null,
        }),
  };
  if (values.attachment && values.attachment.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new AccordError('VALIDATION', 'The attachment is not a PDF file.', {
      fields: { attachment: 'Attach a PDF file.' },
    });
  }
  if (input.id === null) {
    const { id } = await trx
      .insertInto('resources')
      .values({
        attachment: null,
        attachment_name: null,
        ...values,
        starter_key: null,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }
  const { numUpdatedRows } = await trx
    .updateTable('resources')
    .set(values)
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (numUpdatedRows === 0n)
    throw new AccordError('NOT_FOUND', 'That resource could not be found.');
  return input.id;
}

export async function recordShare(
  trx: Transaction<Database>,
  share: {
    resourceId: number;
    clientId: number;
    sharedOn: string;
    method: 'client_view' | 'pdf' | 'discussed';
  },
  now: Date,
): Promise<void> {
  await trx
    .insertInto('resource_shares')
    .values({
      resource_id: share.resourceId,
      client_id: share.clientId,
      shared_on: share.sharedOn,
      method: share.method,
      created_at: now.toISOString(),
    })
    .execute();
}

export async function sharesOf(db: Kysely<Database>, clientId: number) {
  const rows = await db
    .selectFrom('resource_shares')
    .innerJoin('resources', 'resources.id', 'resource_shares.resource_id')
    .select(['resource_shares.id', 'resource_id', 'resources.title', 'shared_on', 'method'])
    .where('client_id', '=', clientId)
    .orderBy('shared_on', 'desc')
    .orderBy('resource_shares.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    resourceId: r.resource_id,
    title: r.title,
    sharedOn: r.shared_on,
    method: r.method,
  }));
}

export async function resourceTitles(db: Kysely<Database>): Promise<Map<number, string>> {
  const rows = await db.selectFrom('resources').select(['id', 'title']).execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}

/** Adds the starter library once; the counselor may edit the entries afterwards. */
export async function seedResources(db: Kysely<Database>, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const seeded = await trx
      .selectFrom('meta')
      .select('value')
      .where('key', '=', 'resources_seeded')
      .executeTakeFirst();
    if (seeded) return;
    await trx
      .insertInto('resources')
      .values(
        STARTER_RESOURCES.map((r) => ({
          starter_key: r.key,
          title: r.title,
          body: r.body,
          benefits: r.benefits,
          drawbacks: r.drawbacks,
          asks: r.asks,
          tags: JSON.stringify(r.tags),
          attachment: null,
          attachment_name: null,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    await trx.insertInto('meta').values({ key: 'resources_seeded', value: at }).execute();
  });
}
