import { MEASURES } from '../../../shared/measures.ts';
import { audited, recordEvent } from '../audit/audit.ts';
import { requireClientRow } from '../clients/clients.ts';
import type { DomainHandlers } from '../context.ts';
import { latestVersion, planOf, toVersion } from '../plans/plans.ts';
import { ratingsOf } from '../plans/ratings.ts';
import { shortLabel } from '../../../shared/plan-diff.ts';
import { latestPhq9Flag, measuresOf, recordMeasure } from './measures.ts';

export const measuresHandlers: DomainHandlers<'measures'> = {
  'measures.record': async ({ clientId, givenOn, appointmentId, form }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    await audited(
      ctx,
      (trx) =>
        recordMeasure(
          trx,
          { clientId, givenOn, appointmentId, form, enteredBy: 'counselor' },
          ctx.clock.now(),
        ),
      (saved) => ({
        action: 'measure.recorded',
        entity: 'measure',
        entityId: String(saved.id),
        clientId,
        summary: `${MEASURES[form.kind].name} recorded for ${givenOn}${saved.complete ? '' : ' (incomplete, not scored)'}${saved.safetyFlag ? '; item 9 flagged' : ''}`,
      }),
    );
    return { measures: await measuresOf(ctx.db, clientId) };
  },

  'measures.list': async ({ clientId }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    const plan = await planOf(ctx.db, clientId);
    const latest = plan && (await latestVersion(ctx.db, plan.id));
    const objectives = latest
      ? toVersion(latest, clientId).content.goals.flatMap((g) =>
          g.objectives.map((o) => ({
            id: o.id,
            label: shortLabel(o.clientWords || o.description, 'Objective'),
          })),
        )
      : [];
    await recordEvent(ctx, {
      action: 'measures.viewed',
      entity: 'measure',
      clientId,
      summary: 'Measures and progress ratings opened',
    });
    return {
      measures: await measuresOf(ctx.db, clientId),
      ratings: await ratingsOf(ctx.db, clientId),
      objectives,
      safetyFlag: await latestPhq9Flag(ctx.db, clientId),
    };
  },
};
