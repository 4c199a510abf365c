import { addDays } from '../../../shared/dates.ts';
import type { NoteTemplate } from '../../../shared/domain/notes.ts';
import { DEFAULT_SCHEDULE_SETTINGS } from '../../../shared/domain/scheduling.ts';
import { writeMeasure } from './measures.ts';
import type { LedgerCharge } from './money.ts';
import { noteFields } from './notes-text.ts';
import type { ClientFacts } from './people.ts';
import { planSeed, planVersionContent } from './plan-text.ts';
import type { Random } from './random.ts';
import type { SampleSession } from './sessions.ts';
import type { SampleWorld } from './world.ts';
import { WAIVE_REASONS } from './words.ts';

export const SAMPLE_COUNSELOR = 'Robin Example, LPC';

/** The plan: versions signed by both, reviews between them, the client's progress ratings. */
export function writePlan(
  w: SampleWorld,
  r: Random,
  c: ClientFacts,
  attended: SampleSession[],
): number | null {
  const { clientId, fullName, themes, status, discharged } = c;
  // Versions from the second session on, about every six sessions (at most eight),
  // spread over the whole therapy so an ongoing client's plan was reviewed lately.
  const versionAt = new Set<number>();
  if (attended.length >= 3) {
    const count = Math.min(8, Math.max(1, Math.round(attended.length / 6)));
    const span = attended.length - 2;
    for (let k = 0; k < count; k++) {
      versionAt.add(1 + (count === 1 ? 0 : Math.round((k * span) / (count - 1))));
    }
  }
  const seedPlan = planSeed(r, themes);
  let planId: number | null = null;
  let versionNo = 0;
  let lastVersionId: number | null = null;
  attended.forEach((s, i) => {
    if (!versionAt.has(i)) return;
    const signedAt = new Date(Date.parse(s.end) - 5 * 60_000).toISOString();
    if (planId === null) {
      planId = w.ids.take('plans');
      w.sink.add('plans', { id: planId, client_id: clientId, created_at: s.start });
    }
    versionNo++;
    const isLast = versionNo === versionAt.size;
    const draft = isLast && status === 'active' && r.chance(0.2);
    const content = planVersionContent(
      r,
      seedPlan,
      versionNo - 1,
      versionAt.size,
      s.date,
      discharged,
    );
    const id = w.ids.take('plan_versions');
    const stamp = (name: string) =>
      JSON.stringify({ signature: { kind: 'typed', name }, at: signedAt });
    w.sink.add('plan_versions', {
      id,
      plan_id: planId,
      version: versionNo,
      status: draft ? 'draft' : 'signed',
      content: JSON.stringify(content),
      client_signature: draft ? null : stamp(fullName),
      counselor_signature: draft ? null : stamp(SAMPLE_COUNSELOR),
      created_at: s.start,
      updated_at: signedAt,
      signed_at: draft ? null : signedAt,
    });
    w.record(signedAt, 'plan.saved', 'plan', id, clientId, `Plan version ${versionNo} saved`);
    if (!draft)
      w.record(signedAt, 'plan.signed', 'plan', id, clientId, `Plan version ${versionNo} signed`);
    if (lastVersionId !== null) {
      const reviewId = w.ids.take('plan_reviews');
      w.sink.add('plan_reviews', {
        id: reviewId,
        plan_id: planId,
        version_id: lastVersionId,
        reviewed_on: s.date,
        summary: 'Reviewed together with the client; the plan was revised in their words.',
        next_review_on: addDays(s.date, 63),
        created_at: s.start,
      });
      w.record(s.start, 'plan.reviewed', 'plan', planId, clientId, 'Plan reviewed');
      w.sink.add('objective_ratings', {
        client_id: clientId,
        objective_id: 'objective-1-1',
        rated_on: s.date,
        rater: 'client',
        rating: Math.min(10, 2 + versionNo + r.int(0, 2)),
        review_id: reviewId,
        created_at: s.start,
      });
    }
    lastVersionId = id;
  });

  return planId;
}

/**
 * Session by session: a signed note of about 2 KB for each attended one, a PHQ-9 or GAD-7 now
 * and then, late-cancel and no-show fees (billed or waived), and the charges to write.
 */
export function writeSessionRecords(
  w: SampleWorld,
  r: Random,
  c: ClientFacts,
  sessions: SampleSession[],
  attended: SampleSession[],
  planId: number | null,
  template: NoteTemplate,
): LedgerCharge[] {
  const { clientId, primary, diagnoses } = c;
  const { lateCancelFeeCents, noShowFeeCents } = DEFAULT_SCHEDULE_SETTINGS;
  const charges: LedgerCharge[] = [];
  const measureKinds = [primary.measure, primary.measure === 'phq9' ? 'gad7' : 'phq9'] as const;
  let attendedIndex = 0;
  for (const s of sessions) {
    if (s.status === 'attended') {
      const noteId = w.ids.take('notes');
      const signedAt = new Date(Date.parse(s.end) + r.int(20, 26 * 60) * 60_000);
      const signed = signedAt.getTime() <= w.now.getTime();
      const fields = noteFields(r, template, {
        theme: primary,
        measure: primary.measure === 'phq9' ? 'PHQ-9' : 'GAD-7',
      });
      const svc = w.service(s.code);
      w.sink.add('notes', {
        id: noteId,
        client_id: clientId,
        appointment_id: s.id,
        template,
        fields: JSON.stringify(fields),
        objectives: JSON.stringify(
          planId !== null && attendedIndex > 1 && r.chance(0.5)
            ? [
                {
                  objectiveId: 'objective-1-1',
                  comment: 'Practised between sessions; client reports steady progress.',
                },
              ]
            : [],
        ),
        risk: r.chance(0.1)
          ? JSON.stringify({
              suicidalIdeation: 'denied',
              homicidalIdeation: 'denied',
              plan: false,
              intent: false,
              safetyPlanReviewed: false,
              notes: '',
            })
          : null,
        status: signed ? 'signed' : 'draft',
        service_date: s.date,
        start_at: s.start,
        duration_min: s.minutes,
        service_code: svc.code,
        service_label: svc.label,
        place_of_service: s.pos,
        diagnoses,
        signed_at: signed ? signedAt.toISOString() : null,
        signed_by: signed ? SAMPLE_COUNSELOR : null,
        created_at: s.end,
        updated_at: signed ? signedAt.toISOString() : s.end,
      });
      w.sink.addSearch('notes_search', [noteId, Object.values(fields).join('\n')]);
      if (signed)
        w.record(signedAt.toISOString(), 'note.signed', 'note', noteId, clientId, 'Note signed');

      const everyOther = attendedIndex % 14 === 0;
      if (attendedIndex % 7 === 0) {
        for (const kind of everyOther ? measureKinds : [measureKinds[0]]) {
          writeMeasure(w.sink, r, {
            clientId,
            kind,
            session: s,
            progress: attendedIndex / Math.max(1, attended.length),
            at: s.start,
          });
          w.record(
            s.start,
            'measure.recorded',
            'measure',
            null,
            clientId,
            `${kind === 'phq9' ? 'PHQ-9' : 'GAD-7'} recorded`,
          );
        }
      }
      attendedIndex++;
      if (!w.open.has(s.date)) {
        charges.push({
          id: w.ids.take('charges'),
          date: s.date,
          appointmentId: s.id,
          policyFeeId: null,
          code: svc.code,
          label: svc.label,
          feeCents: svc.fee_cents,
          placeOfService: s.pos,
          at: `${s.date}T23:00:00.000Z`,
        });
      }
    } else if (s.status === 'no_show' || s.status === 'late_cancel') {
      const feeId = w.ids.take('policy_fees');
      const amount = s.status === 'no_show' ? noShowFeeCents : lateCancelFeeCents;
      const waived = !w.open.has(s.date) && r.chance(0.25);
      const state = w.open.has(s.date) ? 'pending' : waived ? 'waived' : 'billed';
      w.sink.add('policy_fees', {
        id: feeId,
        appointment_id: s.id,
        client_id: clientId,
        kind: s.status,
        amount_cents: amount,
        status: state,
        waive_reason: waived ? r.pick(WAIVE_REASONS) : null,
        created_at: s.end,
        resolved_at: state === 'pending' ? null : `${s.date}T23:00:00.000Z`,
      });
      if (waived)
        w.record(`${s.date}T22:00:00.000Z`, 'fee.waived', 'fee', feeId, clientId, 'Fee waived');
      if (state === 'billed') {
        charges.push({
          id: w.ids.take('charges'),
          date: s.date,
          appointmentId: null,
          policyFeeId: feeId,
          code: null,
          label: s.status === 'no_show' ? 'No-show fee' : 'Late cancellation fee',
          feeCents: amount,
          placeOfService: null,
          at: `${s.date}T23:00:00.000Z`,
        });
      }
    }
  }
  return charges;
}
