import { sql, type Insertable, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

type Table = Exclude<keyof Database, 'clients_search' | 'notes_search'>;

/**
 * Buffers generated rows and writes them in multi-row inserts, tables in foreign-key order, all
 * inside the caller's transaction. One insert per few hundred rows instead of one per row is what
 * makes ten years of records take seconds; the rows themselves are the ones the channels write.
 */
export class RowSink {
  readonly #trx: Transaction<Database>;
  readonly #order: readonly Table[];
  readonly #rows = new Map<Table, object[]>();
  readonly #search: { table: 'clients_search' | 'notes_search'; values: unknown[] }[] = [];
  #pending = 0;
  readonly counts: Record<string, number> = {};

  constructor(trx: Transaction<Database>, order: readonly Table[]) {
    this.#trx = trx;
    this.#order = order;
  }

  add<T extends Table>(table: T, row: Insertable<Database[T]>): void {
    const list = this.#rows.get(table) ?? [];
    list.push(row);
    this.#rows.set(table, list);
    this.counts[table] = (this.counts[table] ?? 0) + 1;
    this.#pending++;
  }

  /** A row of an FTS5 index (kept by hand, as the clients and notes domains keep theirs). */
  addSearch(table: 'clients_search' | 'notes_search', values: unknown[]): void {
    this.#search.push({ table, values });
    this.#pending++;
  }

  async maybeFlush(limit = 4000): Promise<void> {
    if (this.#pending >= limit) await this.flush();
  }

  async flush(): Promise<void> {
    for (const table of this.#order) {
      const rows = this.#rows.get(table);
      if (!rows || rows.length === 0) continue;
      const columns = Object.keys(rows[0] as object).length;
      // SQLite allows 32,766 bound values per statement.
      const chunk = Math.max(1, Math.floor(30_000 / columns));
      for (let i = 0; i < rows.length; i += chunk) {
        await this.#trx
          .insertInto(table)
          .values(rows.slice(i, i + chunk) as never)
          .execute();
      }
      this.#rows.set(table, []);
    }
    for (const table of ['clients_search', 'notes_search'] as const) {
      const rows = this.#search.filter((r) => r.table === table).map((r) => r.values);
      for (let i = 0; i < rows.length; i += 500) {
        const values = sql.join(rows.slice(i, i + 500).map((v) => sql`(${sql.join(v)})`));
        const columns = table === 'clients_search' ? sql`rowid, names, contact` : sql`rowid, body`;
        await sql`INSERT INTO ${sql.table(table)} (${columns}) VALUES ${values}`.execute(this.#trx);
      }
    }
    this.#search.length = 0;
    this.#pending = 0;
  }
}
