import { zonedTimeToUtc } from '../../../shared/dates.ts';
import type { AuditAction } from '../../../shared/domain/audit.ts';
import type { RowSink } from './sink.ts';

/** What one day's closing sheet adds up. */
export interface DayTotals {
  charged: number;
  paid: number;
  byService: Record<string, number>;
  byMethod: Record<string, number>;
}

/** The next free id of each table, so rows can point at each other before they are written. */
export class Ids {
  readonly #next = new Map<string, number>();
  take(table: string): number {
    const id = this.#next.get(table) ?? 1;
    this.#next.set(table, id + 1);
    return id;
  }
}

/** An audit event waiting for its place in the chain (events are chained in time order). */
export interface AuditDraft {
  at: string;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  clientId: number | null;
  summary: string;
}

export interface ServiceRow {
  id: number;
  code: string;
  label: string;
  fee_cents: number;
  default_minutes: number;
}

/** Everything the parts of the generator share while they write one practice. */
export interface SampleWorld {
  readonly sink: RowSink;
  readonly ids: Ids;
  readonly zone: string;
  readonly today: string;
  readonly now: Date;
  /** Recent working days left attended but not yet charged, for End of day to find. */
  readonly open: ReadonlySet<string>;
  /** Days whose evening hour already holds a moved session. */
  readonly evening: Set<string>;
  readonly audit: AuditDraft[];
  readonly dayTotals: Map<string, DayTotals>;
  utc(date: string, time: string): Date;
  iso(date: string, time?: string): string;
  record(
    at: string,
    action: AuditAction,
    entity: string,
    entityId: number | string | null,
    clientId: number | null,
    summary: string,
  ): void;
  totalsOf(day: string): DayTotals;
  service(code: string): ServiceRow;
}

export function createWorld(
  sink: RowSink,
  o: { zone: string; today: string; now: Date; open: ReadonlySet<string>; services: ServiceRow[] },
): SampleWorld {
  const services = new Map(o.services.map((s) => [s.code, s]));
  // A session is never near 02:00, so the day's noon offset converts all of its times.
  const offsets = new Map<string, number>();
  const utc = (date: string, time: string): Date => {
    let offset = offsets.get(date);
    if (offset === undefined) {
      offset = zonedTimeToUtc(date, '12:00', o.zone).getTime() - Date.parse(`${date}T12:00:00Z`);
      offsets.set(date, offset);
    }
    return new Date(Date.parse(`${date}T${time}:00Z`) + offset);
  };
  const audit: AuditDraft[] = [];
  const dayTotals = new Map<string, DayTotals>();
  return {
    sink,
    ids: new Ids(),
    zone: o.zone,
    today: o.today,
    now: o.now,
    open: o.open,
    evening: new Set(),
    audit,
    dayTotals,
    utc,
    iso: (date, time = '12:00') => utc(date, time).toISOString(),
    record: (at, action, entity, entityId, clientId, summary) =>
      audit.push({
        at,
        action,
        entity,
        entityId: entityId === null ? null : String(entityId),
        clientId,
        summary,
      }),
    totalsOf: (day) => {
      let t = dayTotals.get(day);
      if (!t) {
        t = { charged: 0, paid: 0, byService: {}, byMethod: {} };
        dayTotals.set(day, t);
      }
      return t;
    },
    service: (code) => {
      const s = services.get(code);
      if (!s) throw new Error(`the sample needs the seeded service ${code}`);
      return s;
    },
  };
}
