import { randomUUID } from 'node:crypto';
import { AccordError } from '../../../shared/errors.ts';
import type { PlanContent } from '../../../shared/domain/plans.ts';
import { audited, recordEvent, type AuditRecord } from '../audit/audit.ts';
import { requireClientRow } from '../clients/clients.ts';
import type { AppContext, DomainHandlers } from '../context.ts';
import { recordMeasure } from '../measures/measures.ts';
import { planState, today } from '../plans/handlers.ts';
import { saveContent, signVersion } from '../plans/plans.ts';
import { addRating } from '../plans/ratings.ts';
import { getResource, recordShare, sharesOf } from '../resources/resources.ts';
import { getPinHash } from '../settings/settings.ts';
import { pinMatches } from './pin.ts';

/** After this many wrong PINs in a row, only the passphrase closes Client view. */
const PIN_TRIES = 3;

/** Everything done in Client view is recorded as the client's. */
const byClient = (
  clientId: number,
  action: AuditRecord['action'],
  summary: string,
): AuditRecord => ({
  action,
  entity: 'client_view',
  clientId,
  summary,
  actor: 'client',
});

/** What the client may see: their plan without the counselor's notes, and their resources. */
async function view(ctx: AppContext, clientId: number) {
  const client = await requireClientRow(ctx.db, clientId);
  const state = await planState(ctx, clientId);
  const content = state.current?.content ?? state.blank;
  const { counselorNotes: _private, ...plan } = content;
  const resourceIds = [
    ...new Set(content.interventions.flatMap((x) => (x.resourceId === null ? [] : [x.resourceId]))),
  ];
  const resources = [];
  for (const id of resourceIds) {
    const r = await getResource(ctx.db, id).catch(() => null);
    if (r)
      resources.push({
        id: r.id,
        title: r.title,
        body: r.body,
        benefits: r.benefits,
        drawbacks: r.drawbacks,
        asks: r.asks,
      });
  }
  const latestRatings: Record<string, number> = {};
  for (const r of state.ratings) if (r.rater === 'client') latestRatings[r.objectiveId] = r.rating;
  return {
    firstName: client.preferred_name || client.legal_first_name,
    versionId: state.current?.id ?? null,
    version: state.current?.version ?? null,
    signedByClient: state.current?.clientSignature !== null && state.current !== null,
    plan,
    resources,
    latestRatings,
  };
}

/** Applies the client's edit to the newest content; a signed version gets a new draft. */
async function editPlan(
  ctx: AppContext,
  clientId: number,
  edit: (content: PlanContent) => void,
  summary: string,
) {
  const state = await planState(ctx, clientId);
  const content = structuredClone(state.current?.content ?? state.blank);
  edit(content);
  await audited(
    ctx,
    (trx) => saveContent(trx, clientId, state.current?.id ?? null, content, ctx.clock.now()),
    byClient(clientId, 'plan.saved', summary),
  );
  return view(ctx, clientId);
}

function notFound(what: string): AccordError {
  return new AccordError(
    'NOT_FOUND',
    `That ${what} is not in your plan any more. The page will refresh.`,
  );
}

export const clientViewHandlers: DomainHandlers<'clientView'> = {
  'clientView.enter': async ({ clientId }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    const state = await planState(ctx, clientId);
    const shown = new Set(
      (state.current?.content.interventions ?? []).flatMap((x) =>
        x.resourceId === null ? [] : [x.resourceId],
      ),
    );
    const sharedOn = await today(ctx);
    // The library texts on the option cards are what the client is told before choosing: each
    // is recorded as shared with them, once a day.
    const already = new Set(
      (await sharesOf(ctx.db, clientId))
        .filter((s) => s.sharedOn === sharedOn && s.method === 'client_view')
        .map((s) => s.resourceId),
    );
    await audited(
      ctx,
      async (trx) => {
        for (const resourceId of shown) {
          if (!already.has(resourceId)) {
            await recordShare(
              trx,
              { resourceId, clientId, sharedOn, method: 'client_view' },
              ctx.clock.now(),
            );
          }
        }
      },
      {
        action: 'clientview.entered',
        entity: 'client_view',
        clientId,
        summary: `Client view opened: the screen is turned toward the client${shown.size ? `; ${shown.size} library text${shown.size === 1 ? '' : 's'} shown with the options` : ''}`,
      },
    );
    ctx.clientView.open(clientId);
    return view(ctx, clientId);
  },

  'clientView.get': async (_input, ctx) => view(ctx, ctx.clientView.requireClient()),

  'clientView.saveWords': async ({ target, text }, ctx) => {
    const clientId = ctx.clientView.requireClient();
    return editPlan(
      ctx,
      clientId,
      (plan) => {
        switch (target.kind) {
          case 'concern': {
            const item = target.itemId
              ? plan.concerns.find((c) => c.id === target.itemId)
              : undefined;
            if (target.itemId && !item) throw notFound('concern');
            if (item) Object.assign(item, { clientWords: text, clientWordsBy: 'client' });
            else
              plan.concerns.push({
                id: randomUUID(),
                clientWords: text,
                clientWordsBy: 'client',
                clinical: '',
              });
            return;
          }
          case 'goal': {
            const item = target.itemId ? plan.goals.find((g) => g.id === target.itemId) : undefined;
            if (target.itemId && !item) throw notFound('goal');
            if (item) Object.assign(item, { clientWords: text, clientWordsBy: 'client' });
            else
              plan.goals.push({
                id: randomUUID(),
                clientWords: text,
                clientWordsBy: 'client',
                clinical: '',
                proposedBy: 'client',
                targetDate: null,
                status: 'active',
                statusReason: '',
                objectives: [],
              });
            return;
          }
          case 'objective': {
            const item = plan.goals
              .flatMap((g) => g.objectives)
              .find((o) => o.id === target.itemId);
            if (!item) throw notFound('step');
            Object.assign(item, { clientWords: text, clientWordsBy: 'client' });
            return;
          }
          case 'strength': {
            const item = target.itemId
              ? plan.strengths.find((s) => s.id === target.itemId)
              : undefined;
            if (target.itemId && !item) throw notFound('strength');
            if (item) Object.assign(item, { text, textBy: 'client' });
            else plan.strengths.push({ id: randomUUID(), text, textBy: 'client' });
            return;
          }
          case 'completion':
            plan.completionCriteria = text;
            plan.completionCriteriaBy = 'client';
            return;
          case 'helps':
          case 'doesNotHelp':
            plan.preferences[target.kind] = text;
            return;
        }
      },
      `The client wrote in their own words (${target.kind})`,
    );
  },

  'clientView.decide': async ({ interventionId, decision, reason }, ctx) => {
    const clientId = ctx.clientView.requireClient();
    return editPlan(
      ctx,
      clientId,
      (plan) => {
        const item = plan.interventions.find((x) => x.id === interventionId);
        if (!item) throw notFound('option');
        Object.assign(item, { decision, reason, reasonBy: 'client' });
      },
      `The client ${decision === 'chosen' ? 'chose' : decision === 'declined' ? 'declined' : 'deferred'} an option`,
    );
  },

  'clientView.rate': async ({ objectiveId, rating }, ctx) => {
    const clientId = ctx.clientView.requireClient();
    const state = await planState(ctx, clientId);
    const exists = state.current?.content.goals.some((g) =>
      g.objectives.some((o) => o.id === objectiveId),
    );
    if (!exists) throw notFound('step');
    const ratedOn = await today(ctx);
    await audited(
      ctx,
      (trx) =>
        addRating(
          trx,
          { clientId, objectiveId, rater: 'client', rating, ratedOn, reviewId: null },
          ctx.clock.now(),
        ),
      byClient(clientId, 'objective.rated', 'The client rated their progress'),
    );
    return view(ctx, clientId);
  },

  'clientView.measure': async ({ form }, ctx) => {
    const clientId = ctx.clientView.requireClient();
    const givenOn = await today(ctx);
    const saved = await audited(
      ctx,
      (trx) =>
        recordMeasure(
          trx,
          { clientId, givenOn, appointmentId: null, form, enteredBy: 'client' },
          ctx.clock.now(),
        ),
      (m) =>
        byClient(
          clientId,
          'measure.recorded',
          `The client filled in a ${form.kind === 'phq9' ? 'PHQ-9' : 'GAD-7'}${m.complete ? '' : ' (incomplete)'}`,
        ),
    );
    // No score and no flag here: the counselor reads the results on their own screen.
    return { saved: true, complete: saved.complete };
  },

  'clientView.sign': async ({ signature }, ctx) => {
    const clientId = ctx.clientView.requireClient();
    const state = await planState(ctx, clientId);
    if (!state.current || state.current.status === 'signed') {
      throw new AccordError('CONFLICT', 'There is nothing new to sign right now.');
    }
    const versionId = state.current.id;
    await audited(
      ctx,
      (trx) => signVersion(trx, versionId, 'client', signature, ctx.clock.now()),
      byClient(clientId, 'plan.signed', `The client signed plan version ${state.current.version}`),
    );
    return view(ctx, clientId);
  },

  'clientView.exit': async ({ passphrase, pin }, ctx) => {
    const clientId = ctx.clientView.requireClient();
    // A refusal writes nothing: the attempt is audited with the next write (exit, or the lock).
    const failed = (message: string, field: string) => {
      ctx.vault.deferAudit({
        action: 'clientview.exit_failed',
        entity: 'client_view',
        clientId,
        summary: 'Wrong PIN to leave Client view',
        at: ctx.clock.now(),
      });
      return new AccordError('WRONG_PASSPHRASE', message, { fields: { [field]: message } });
    };
    if (pin !== undefined) {
      const hash = await getPinHash(ctx.db);
      if (!hash || ctx.clientView.pinStrikes >= PIN_TRIES) {
        throw failed('Use the passphrase to leave Client view.', 'pin');
      }
      if (!(await pinMatches(pin, hash))) {
        ctx.clientView.pinStrikes++;
        throw failed('That PIN is not right.', 'pin');
      }
    } else {
      await ctx.vault.verifyPassphrase(passphrase ?? '');
    }
    ctx.clientView.close();
    await ctx.vault.flushDeferred();
    await recordEvent(ctx, {
      action: 'clientview.exited',
      entity: 'client_view',
      clientId,
      summary: 'Client view closed by the counselor',
    });
    return {};
  },

  'clientView.status': async (_input, ctx) => ({ clientId: ctx.clientView.clientId }),
};
