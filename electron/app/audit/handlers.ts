import { dayRangeUtc } from '../../../shared/dates.ts';
import type { DomainHandlers } from '../context.ts';
import { getPractice } from '../settings/settings.ts';
import { recordEvent, toAuditEvent, verifyAudit } from './audit.ts';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.list': async ({ from, to, action, page, pageSize }, { db }) => {
    const { timeZone } = await getPractice(db);
    let query = db.selectFrom('audit_events');
    // Dates are the practice's calendar days; the trail stores UTC instants.
    if (from)
      query = query.where('at', '>=', dayRangeUtc(from, from, timeZone).start.toISOString());
    if (to) query = query.where('at', '<', dayRangeUtc(to, to, timeZone).end.toISOString());
    if (action) query = query.where('action', '=', action);
    const { total } = await query
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    const rows = await query
      .selectAll()
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    return { events: rows.map(toAuditEvent), total, page, pageSize };
  },

  'audit.verify': async (_input, ctx) => {
    const result = await verifyAudit(ctx.db);
    await recordEvent(ctx, {
      action: 'audit.verified',
      entity: 'audit',
      summary: result.ok
        ? `Audit trail verified: ${result.checked} events intact`
        : `Audit trail verification found a broken link at event ${result.brokenAt}`,
    });
    return result;
  },
};
