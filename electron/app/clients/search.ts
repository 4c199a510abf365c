import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

interface Searchable {
  legal_first_name: string;
  legal_middle_name: string;
  legal_last_name: string;
  preferred_name: string;
  phone: string;
  email: string;
}

/** Keeps the search row of a client in step with the client, in the caller's transaction. */
export async function indexClient(
  trx: Transaction<Database>,
  id: number,
  c: Searchable,
): Promise<void> {
  const names = [c.legal_first_name, c.legal_middle_name, c.legal_last_name, c.preferred_name].join(
    ' ',
  );
  const digits = c.phone.replace(/\D/g, '');
  const contact = [c.phone, digits, c.email].join(' ');
  await sql`DELETE FROM clients_search WHERE rowid = ${id}`.execute(trx);
  await sql`INSERT INTO clients_search (rowid, names, contact) VALUES (${id}, ${names}, ${contact})`.execute(
    trx,
  );
}

/**
 * Turns what the counselor typed into an FTS5 query: every word must match the start of a word
 * in the client's names, phone or email. Words are quoted, so nothing typed is read as FTS5
 * syntax. Returns null when there is nothing to search for.
 */
export function toMatchQuery(typed: string): string | null {
  const words = typed.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 8)
    .map((w) => `"${w.replaceAll('"', '""')}"*`)
    .join(' ');
}

export function matchingIds(db: Kysely<Database>, match: string) {
  return db
    .selectFrom('clients_search')
    .select('rowid')
    .where(sql<boolean>`clients_search MATCH ${match}`);
}
