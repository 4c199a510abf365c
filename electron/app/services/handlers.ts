import { audited } from '../audit/audit.ts';
import type { DomainHandlers } from '../context.ts';
import { getService, listServices, saveService } from './services.ts';

export const servicesHandlers: DomainHandlers<'services'> = {
  'services.list': async ({ includeInactive }, { db }) => ({
    services: await listServices(db, includeInactive),
  }),

  'services.save': async ({ id, ...fields }, ctx) => {
    const saved = await audited(
      ctx,
      (trx) => saveService(trx, id, fields, ctx.clock.now()),
      (savedId) => ({
        action: 'service.saved',
        entity: 'service',
        entityId: String(savedId),
        summary: `Service ${fields.code} ${id === null ? 'added' : 'changed'}`,
      }),
    );
    return getService(ctx.db, saved);
  },
};
