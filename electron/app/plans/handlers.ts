import { AccordError } from '../../../shared/errors.ts';
import { addDays, dateInZone } from '../../../shared/dates.ts';
import { emptyPlan } from '../../../shared/domain/plans.ts';
import { diffPlans } from '../../../shared/plan-diff.ts';
import { displayName } from '../../../shared/domain/clients.ts';
import { audited, recordEvent } from '../audit/audit.ts';
import { getClient, requireClientRow } from '../clients/clients.ts';
import type { AppContext, DomainHandlers } from '../context.ts';
import { saveFile } from '../files.ts';
import { getPlanSettings, getPractice } from '../settings/settings.ts';
import { resourceTitles } from '../resources/resources.ts';
import { planPdf } from './pdf.ts';
import {
  latestVersion,
  planOf,
  requireVersion,
  reviewDateOf,
  saveContent,
  signVersion,
  toVersion,
  versionsOf,
} from './plans.ts';
import { notesByObjective } from '../notes/notes.ts';
import { addRating, ratingsOf } from './ratings.ts';

/** Plans due for review within this many days show as "soon". */
const SOON_DAYS = 14;

export async function today(ctx: AppContext): Promise<string> {
  return dateInZone(ctx.clock.now(), (await getPractice(ctx.db)).timeZone);
}

export async function planState(ctx: AppContext, clientId: number) {
  const { db } = ctx;
  const day = await today(ctx);
  const blank = emptyPlan(addDays(day, (await getPlanSettings(db)).reviewDays));
  const plan = await planOf(db, clientId);
  const ratings = await ratingsOf(db, clientId);
  const addressedBy = Object.fromEntries(await notesByObjective(db, clientId));
  if (!plan) {
    return {
      current: null,
      versions: [],
      blank,
      reviewDate: null,
      reviewStatus: null,
      reviews: [],
      ratings,
      addressedBy,
    };
  }
  const rows = await versionsOf(db, plan.id);
  const current = toVersion(rows[0] as (typeof rows)[number], clientId);
  const reviewDate = await reviewDateOf(db, plan.id, current.content);
  const reviews = await db
    .selectFrom('plan_reviews')
    .selectAll()
    .where('plan_id', '=', plan.id)
    .orderBy('reviewed_on', 'desc')
    .execute();
  return {
    current,
    versions: rows.map((r) => ({
      id: r.id,
      version: r.version,
      status: r.status,
      createdAt: r.created_at,
      signedAt: r.signed_at,
    })),
    blank,
    reviewDate,
    reviewStatus:
      reviewDate < day
        ? ('overdue' as const)
        : reviewDate <= addDays(day, SOON_DAYS)
          ? ('soon' as const)
          : ('later' as const),
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewedOn: r.reviewed_on,
      summary: r.summary,
      nextReviewOn: r.next_review_on,
    })),
    ratings,
    addressedBy,
  };
}

const summaryOf = (v: {
  id: number;
  version: number;
  status: 'draft' | 'signed';
  createdAt: string;
  signedAt: string | null;
}) => ({
  id: v.id,
  version: v.version,
  status: v.status,
  createdAt: v.createdAt,
  signedAt: v.signedAt,
});

export const plansHandlers: DomainHandlers<'plans'> = {
  'plans.get': async ({ clientId }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    const state = await planState(ctx, clientId);
    await recordEvent(ctx, {
      action: 'plan.viewed',
      entity: 'plan',
      entityId: state.current ? String(state.current.planId) : null,
      clientId,
      summary: state.current
        ? `Plan version ${state.current.version} opened`
        : 'Plan opened (none yet)',
    });
    return state;
  },

  'plans.version': async ({ id }, ctx) => {
    const { row, clientId } = await requireVersion(ctx.db, id);
    await recordEvent(ctx, {
      action: 'plan.viewed',
      entity: 'plan_version',
      entityId: String(id),
      clientId,
      summary: `Plan version ${row.version} opened`,
    });
    return toVersion(row, clientId);
  },

  'plans.save': async ({ clientId, baseVersionId, content }, ctx) => {
    await requireClientRow(ctx.db, clientId);
    const id = await audited(
      ctx,
      (trx) => saveContent(trx, clientId, baseVersionId, content, ctx.clock.now()),
      (versionId) => ({
        action: 'plan.saved',
        entity: 'plan_version',
        entityId: String(versionId),
        clientId,
        summary: 'Plan draft changed',
      }),
    );
    const { row } = await requireVersion(ctx.db, id);
    return toVersion(row, clientId);
  },

  'plans.sign': async ({ versionId, signer, signature }, ctx) => {
    const { clientId } = await audited(
      ctx,
      (trx) => signVersion(trx, versionId, signer, signature, ctx.clock.now()),
      ({ clientId, nowSigned }) => ({
        action: 'plan.signed',
        entity: 'plan_version',
        entityId: String(versionId),
        clientId,
        summary: `Signed by the ${signer}${nowSigned ? '; the version is now agreed and final' : ''}`,
      }),
    );
    const { row } = await requireVersion(ctx.db, versionId);
    return toVersion(row, clientId);
  },

  'plans.diff': async ({ fromVersionId, toVersionId }, ctx) => {
    const from = await requireVersion(ctx.db, fromVersionId);
    const to = await requireVersion(ctx.db, toVersionId);
    if (from.clientId !== to.clientId) {
      throw new AccordError(
        'VALIDATION',
        'Only two versions of the same client’s plan can be compared.',
        {
          fields: { toVersionId: 'Choose a version of the same plan.' },
        },
      );
    }
    const before = toVersion(from.row, from.clientId);
    const after = toVersion(to.row, to.clientId);
    const titles = await resourceTitles(ctx.db);
    const diff = diffPlans(before.content, after.content, {
      resourceTitle: (id) => titles.get(id),
    });
    await recordEvent(ctx, {
      action: 'plan.compared',
      entity: 'plan',
      entityId: String(from.row.plan_id),
      clientId: from.clientId,
      summary: `Versions ${before.version} and ${after.version} compared`,
    });
    return {
      from: summaryOf(before),
      to: summaryOf(after),
      sections: diff.sections.map((s) => ({
        ...s,
        entries: [...s.entries].map((e) => ({ ...e, changes: [...e.changes] })),
      })),
    };
  },

  'plans.review': async ({ clientId, reviewedOn, summary, nextReviewOn, ratings }, ctx) => {
    const plan = await planOf(ctx.db, clientId);
    const latest = plan && (await latestVersion(ctx.db, plan.id));
    if (!plan || !latest) {
      throw new AccordError('CONFLICT', 'This client has no plan to review yet.');
    }
    await audited(
      ctx,
      async (trx) => {
        const { id } = await trx
          .insertInto('plan_reviews')
          .values({
            plan_id: plan.id,
            version_id: latest.id,
            reviewed_on: reviewedOn,
            summary,
            next_review_on: nextReviewOn,
            created_at: ctx.clock.now().toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (const r of ratings) {
          await addRating(
            trx,
            { clientId, ...r, ratedOn: reviewedOn, reviewId: id },
            ctx.clock.now(),
          );
        }
      },
      {
        action: 'plan.reviewed',
        entity: 'plan',
        entityId: String(plan.id),
        clientId,
        summary: `Plan reviewed on ${reviewedOn}; next review by ${nextReviewOn}`,
      },
    );
    return planState(ctx, clientId);
  },

  'plans.rate': async (input, ctx) => {
    await requireClientRow(ctx.db, input.clientId);
    await audited(ctx, (trx) => addRating(trx, { ...input, reviewId: null }, ctx.clock.now()), {
      action: 'objective.rated',
      entity: 'objective',
      entityId: input.objectiveId,
      clientId: input.clientId,
      summary: `Progress rated by the ${input.rater}`,
    });
    return planState(ctx, input.clientId);
  },

  'plans.exportPdf': async ({ versionId, includeDiagnoses, includeCounselorNotes }, ctx) => {
    const { row, clientId } = await requireVersion(ctx.db, versionId);
    const client = await getClient(ctx.db, clientId);
    const practice = await getPractice(ctx.db);
    const pdf = await planPdf(
      toVersion(row, clientId),
      {
        name: displayName(client),
        counselor: practice.counselorName,
        practice: practice.practiceName,
      },
      { diagnoses: includeDiagnoses ? client.diagnoses : null, includeCounselorNotes },
    );
    const result = await saveFile(
      ctx.files,
      {
        title: 'Save the client’s copy of the plan',
        suggestedName: `plan-v${row.version}.pdf`,
        extensions: ['pdf'],
      },
      pdf,
    );
    if (result.saved) {
      await recordEvent(ctx, {
        action: 'plan.exported',
        entity: 'plan_version',
        entityId: String(versionId),
        clientId,
        summary: `Client copy of version ${row.version} saved as ${result.fileName}${includeDiagnoses ? ', with diagnoses' : ''}${includeCounselorNotes ? ', with counselor notes' : ''}`,
      });
    }
    return { ...result, count: 1 };
  },

  'plans.dueReviews': async (_input, ctx) => {
    const day = await today(ctx);
    const horizon = addDays(day, SOON_DAYS);
    const plans = await ctx.db
      .selectFrom('plans')
      .innerJoin('clients', 'clients.id', 'plans.client_id')
      .select(['plans.id', 'plans.client_id'])
      .where('clients.status', '=', 'active')
      .execute();
    const due: { clientId: number; clientName: string; reviewDate: string; overdue: boolean }[] =
      [];
    for (const p of plans) {
      const latest = await latestVersion(ctx.db, p.id);
      if (!latest) continue;
      const reviewDate = await reviewDateOf(ctx.db, p.id, toVersion(latest, p.client_id).content);
      if (reviewDate <= horizon) {
        const client = await requireClientRow(ctx.db, p.client_id);
        due.push({
          clientId: p.client_id,
          clientName: displayName({
            legalFirstName: client.legal_first_name,
            legalLastName: client.legal_last_name,
            preferredName: client.preferred_name,
          }),
          reviewDate,
          overdue: reviewDate < day,
        });
      }
    }
    return { reviews: due.sort((a, b) => a.reviewDate.localeCompare(b.reviewDate)) };
  },
};
