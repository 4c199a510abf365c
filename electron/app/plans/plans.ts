import type { Kysely, Selectable, Transaction } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import {
  planContent,
  signed,
  type PlanContent,
  type PlanVersion,
} from '../../../shared/domain/plans.ts';
import type { Signature } from '../../../shared/domain/clients.ts';
import type { Database } from '../db/schema.ts';

type VersionRow = Selectable<Database['plan_versions']>;

function parseSigned(text: string | null) {
  return text === null ? null : signed.parse(JSON.parse(text));
}

export function toVersion(row: VersionRow, clientId: number): PlanVersion {
  return {
    id: row.id,
    planId: row.plan_id,
    clientId,
    version: row.version,
    status: row.status,
    // Validated on the way out too: a stored plan that no longer parses is a defect to report.
    content: planContent.parse(JSON.parse(row.content)),
    clientSignature: parseSigned(row.client_signature),
    counselorSignature: parseSigned(row.counselor_signature),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
  };
}

export async function planOf(db: Kysely<Database>, clientId: number) {
  return db.selectFrom('plans').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

export async function versionsOf(db: Kysely<Database>, planId: number): Promise<VersionRow[]> {
  return db
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('version', 'desc')
    .execute();
}

export async function latestVersion(
  db: Kysely<Database>,
  planId: number,
): Promise<VersionRow | undefined> {
  return db
    .selectFrom('plan_versions')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** A version with the client it belongs to; NOT_FOUND for an unknown id. */
export async function requireVersion(db: Kysely<Database>, versionId: number) {
  const row = await db
    .selectFrom('plan_versions')
    .innerJoin('plans', 'plans.id', 'plan_versions.plan_id')
    .selectAll('plan_versions')
    .select('plans.client_id')
    .where('plan_versions.id', '=', versionId)
    .executeTakeFirst();
  if (!row) {
    throw new AccordError('NOT_FOUND', 'That plan version could not be found.', {
      fields: { versionId: 'No plan version with this id.' },
    });
  }
  const { client_id, ...version } = row;
  return { row: version, clientId: client_id };
}

/** Ids must be unique across the plan, and an intervention may only point at a goal it has. */
export function checkReferences(content: PlanContent): void {
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  const note = (id: string, path: string) => {
    if (seen.has(id)) fields[path] = 'This item appears twice. Reload the plan and try again.';
    seen.add(id);
  };
  content.concerns.forEach((c, i) => note(c.id, `content.concerns.${i}.id`));
  content.goals.forEach((g, i) => {
    note(g.id, `content.goals.${i}.id`);
    g.objectives.forEach((o, j) => note(o.id, `content.goals.${i}.objectives.${j}.id`));
  });
  content.interventions.forEach((x, i) => note(x.id, `content.interventions.${i}.id`));
  content.strengths.forEach((s, i) => note(s.id, `content.strengths.${i}.id`));
  const goals = new Set(content.goals.map((g) => g.id));
  content.interventions.forEach((x, i) => {
    if (x.goalId !== null && !goals.has(x.goalId)) {
      fields[`content.interventions.${i}.goalId`] = 'Choose one of this plan’s goals, or none.';
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new AccordError('VALIDATION', 'Some parts of the plan need attention.', { fields });
  }
}

/**
 * Saves the counselor's (or the client's) edit. A draft is edited in place and loses any
 * signatures (they agreed to other words); a signed version is never touched: the edit becomes
 * the next draft version. An edit based on an older version is refused, not merged.
 */
export async function saveContent(
  trx: Transaction<Database>,
  clientId: number,
  baseVersionId: number | null,
  content: PlanContent,
  now: Date,
): Promise<number> {
  checkReferences(content);
  const at = now.toISOString();
  const json = JSON.stringify(content);
  let plan = await planOf(trx, clientId);
  const latest = plan ? await latestVersion(trx, plan.id) : undefined;
  if ((latest?.id ?? null) !== baseVersionId) {
    throw new AccordError(
      'CONFLICT',
      latest
        ? `This plan changed since it was opened (it is now at version ${latest.version}). Reload it, then make your change again.`
        : 'This plan was not found as it was opened. Reload it and try again.',
    );
  }
  if (latest?.status === 'draft') {
    await trx
      .updateTable('plan_versions')
      .set({ content: json, client_signature: null, counselor_signature: null, updated_at: at })
      .where('id', '=', latest.id)
      .execute();
    return latest.id;
  }
  plan ??= await trx
    .insertInto('plans')
    .values({ client_id: clientId, created_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  const { id } = await trx
    .insertInto('plan_versions')
    .values({
      plan_id: plan.id,
      version: (latest?.version ?? 0) + 1,
      status: 'draft',
      content: json,
      client_signature: null,
      counselor_signature: null,
      created_at: at,
      updated_at: at,
      signed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Adds one signature; the second makes the version signed, and from then on immutable. */
export async function signVersion(
  trx: Transaction<Database>,
  versionId: number,
  signer: 'client' | 'counselor',
  signature: Signature,
  now: Date,
): Promise<{ clientId: number; nowSigned: boolean }> {
  const { row, clientId } = await requireVersion(trx, versionId);
  if (row.status === 'signed') {
    throw new AccordError(
      'CONFLICT',
      'This version is already signed. A change starts a new version.',
    );
  }
  const latest = await latestVersion(trx, row.plan_id);
  if (latest?.id !== row.id) {
    throw new AccordError('CONFLICT', 'Only the newest version of a plan can be signed.');
  }
  const content = planContent.parse(JSON.parse(row.content));
  if (content.goals.length === 0) {
    throw new AccordError('VALIDATION', 'A plan needs at least one goal before it can be signed.');
  }
  const stamp = JSON.stringify({ signature, at: now.toISOString() });
  const clientSignature = signer === 'client' ? stamp : row.client_signature;
  const counselorSignature = signer === 'counselor' ? stamp : row.counselor_signature;
  const nowSigned = clientSignature !== null && counselorSignature !== null;
  await trx
    .updateTable('plan_versions')
    .set({
      client_signature: clientSignature,
      counselor_signature: counselorSignature,
      status: nowSigned ? 'signed' : 'draft',
      signed_at: nowSigned ? now.toISOString() : null,
      updated_at: now.toISOString(),
    })
    .where('id', '=', versionId)
    .execute();
  return { clientId, nowSigned };
}

/** The review date in force: the latest review's next date, else the plan's own. */
export async function reviewDateOf(db: Kysely<Database>, planId: number, content: PlanContent) {
  const review = await db
    .selectFrom('plan_reviews')
    .select('next_review_on')
    .where('plan_id', '=', planId)
    .orderBy('reviewed_on', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return review?.next_review_on ?? content.reviewDate;
}
