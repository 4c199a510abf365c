import type { Generated } from 'kysely';

/** Kysely's view of the tables. Each domain folder owns its own tables and their queries. */
export interface Database {
  meta: { key: string; value: string };
  settings: { key: string; value: string; updated_at: string };
  audit_events: {
    id: number;
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: string | null;
    client_id: string | null;
    summary: string;
    prev_hash: string;
    hash: string;
  };
}

export type AuditRow = Database['audit_events'];
export type { Generated };
