import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { AccordError } from '../../../shared/errors.ts';
import type { ConsentKind, consentInput } from '../../../shared/domain/clients.ts';
import type { Database } from '../db/schema.ts';

export async function insertConsent(
  trx: Transaction<Database>,
  input: z.output<typeof consentInput>,
  at: Date,
): Promise<number> {
  const { id } = await trx
    .insertInto('consents')
    .values({
      client_id: input.clientId,
      kind: input.kind,
      text: input.text,
      signed_on: input.signedOn,
      signature_kind: input.signature.kind,
      signature_name: input.signature.name,
      signature_image: input.signature.kind === 'drawn' ? input.signature.image : null,
      release_to: input.release?.to ?? null,
      release_what: input.release?.what ?? null,
      release_until: input.release?.until ?? null,
      created_at: at.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Revocation is recorded beside the signature; the consent itself is never deleted. */
export async function revokeConsent(
  trx: Transaction<Database>,
  id: number,
  revokedOn: string,
  reason: string,
): Promise<{ clientId: number; kind: ConsentKind }> {
  const row = await findConsent(trx, id);
  if (row.revoked_on) {
    throw new AccordError('CONFLICT', `This consent was already revoked on ${row.revoked_on}.`);
  }
  if (revokedOn < row.signed_on) {
    throw new AccordError('VALIDATION', 'A consent cannot be revoked before it was signed.', {
      fields: { revokedOn: `Choose ${row.signed_on} or later.` },
    });
  }
  await trx
    .updateTable('consents')
    .set({ revoked_on: revokedOn, revoked_reason: reason })
    .where('id', '=', id)
    .execute();
  return { clientId: row.client_id, kind: row.kind };
}

async function findConsent(db: Kysely<Database>, id: number) {
  const row = await db
    .selectFrom('consents')
    .select(['client_id', 'kind', 'signed_on', 'revoked_on'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AccordError('NOT_FOUND', 'That consent could not be found.');
  return row;
}
