import { recordAudit } from '../audit/audit.ts';
import type { DomainHandlers } from '../context.ts';
import { getService, listServices, saveService } from './services.ts';

export const servicesHandlers: DomainHandlers<'services'> = {
  'services.list': async ({ includeInactive }, { db }) => ({
    services: await listServices(db, includeInactive),
  }),

  'services.save': async ({ id, ...fields }, { db, clock }) => {
    const saved = await db.transaction().execute(async (trx) => {
      const saved = await saveService(trx, id, fields, clock.now());
      await recordAudit(trx, {
        action: 'service.saved',
        entity: 'service',
        entityId: String(saved),
        summary: `Service ${fields.code} ${id === null ? 'added' : 'changed'}`,
        at: clock.now(),
      });
      return saved;
    });
    return getService(db, saved);
  },
};
