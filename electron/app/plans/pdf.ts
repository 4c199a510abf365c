import type { Diagnosis } from '../../../shared/domain/clients.ts';
import type { Decision, PlanVersion } from '../../../shared/domain/plans.ts';
import { renderPdf } from '../documents/pdf.ts';

const DECISION_WORDS: Record<Decision, string> = {
  chosen: 'You chose this',
  declined: 'You decided not to do this',
  deferred: 'You want to decide later',
  undecided: 'Not decided yet',
};

const FORMAT_WORDS = {
  in_person: 'In person',
  telehealth: 'By video (telehealth)',
  either: 'In person or by video',
  unsure: '',
} as const;

const INVOLVEMENT_WORDS = {
  lead: 'You want to lead decisions',
  share: 'You want to decide together',
  guide: 'You want your counselor to guide decisions',
  unsure: '',
} as const;

function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
}

/**
 * The client's copy of their plan, in plain language with their own words first. Diagnosis
 * codes and counselor-only notes appear only when the counselor chooses to include them.
 */
export function planPdf(
  plan: PlanVersion,
  client: { name: string; counselor: string; practice: string },
  extras: { diagnoses: Diagnosis[] | null; includeCounselorNotes: boolean },
): Promise<Buffer> {
  const { content } = plan;
  const goalName = new Map(content.goals.map((g) => [g.id, g.clientWords || g.clinical]));
  return renderPdf('Treatment plan', (w) => {
    const agreed = plan.signedAt
      ? `agreed on ${longDate(plan.signedAt.slice(0, 10))}`
      : 'draft, not yet signed';
    w.title(
      `${client.name}’s plan`,
      `${client.practice || 'Your counseling plan'} · version ${plan.version}, ${agreed}`,
    );

    if (content.concerns.length > 0) {
      w.heading('What brought you here');
      for (const c of content.concerns) {
        w.quote(c.clientWords);
        w.paragraph(c.clinical, { muted: true });
      }
    }

    w.heading('Your goals');
    for (const g of content.goals) {
      w.quote(g.clientWords || g.clinical);
      if (g.clientWords) w.paragraph(g.clinical, { muted: true });
      if (g.targetDate) w.field('Hoped for by', longDate(g.targetDate));
      if (g.status !== 'active')
        w.field('Status', g.status === 'discontinued' ? `Stopped: ${g.statusReason}` : g.status);
      if (g.objectives.length > 0) {
        w.subheading('Steps toward it');
        w.bullets(
          g.objectives.map((o) =>
            [
              o.clientWords || o.description,
              o.baseline && `now: ${o.baseline}`,
              o.target && `aim: ${o.target}`,
            ]
              .filter(Boolean)
              .join(' — '),
          ),
        );
      }
    }

    if (content.interventions.length > 0) {
      w.heading('The options we talked about');
      for (const x of content.interventions) {
        w.subheading(x.name);
        w.field('Your decision', DECISION_WORDS[x.decision]);
        w.quote(x.reason);
        const forGoal = x.goalId ? goalName.get(x.goalId) : undefined;
        if (forGoal) w.field('For the goal', forGoal);
        w.field('What it offers', x.benefits);
        w.field('What it costs', x.drawbacks);
        w.field('What it asks of you', x.asks);
      }
    }

    if (content.strengths.length > 0) {
      w.heading('Your strengths');
      w.bullets(content.strengths.map((s) => s.text));
    }

    const p = content.preferences;
    const prefs: [string, string][] = [
      ['How often', p.frequency],
      ['Kind of therapy', p.modality],
      ['Format', FORMAT_WORDS[p.format]],
      ['Decisions', INVOLVEMENT_WORDS[p.involvement]],
      ['What helps', p.helps],
      ['What does not help', p.doesNotHelp],
    ];
    if (prefs.some(([, v]) => v)) {
      w.heading('What works for you');
      for (const [label, value] of prefs) w.field(label, value);
    }

    if (content.completionCriteria) {
      w.heading('How you will know you are done');
      w.quote(content.completionCriteria);
    }
    w.heading('Next review');
    w.paragraph(`We will look at this plan together again by ${longDate(content.reviewDate)}.`);

    if (extras.diagnoses && extras.diagnoses.length > 0) {
      w.heading('Diagnoses');
      w.bullets(extras.diagnoses.map((d) => `${d.code} ${d.title}`));
    }
    if (extras.includeCounselorNotes && content.counselorNotes) {
      w.heading('Notes from your counselor');
      w.paragraph(content.counselorNotes);
    }

    w.heading('Agreement');
    const signedOn = (at: string | undefined) => (at ? ` on ${longDate(at.slice(0, 10))}` : '');
    w.signatureLine(
      'Client',
      plan.clientSignature
        ? `${plan.clientSignature.signature.name}${signedOn(plan.clientSignature.at)}`
        : undefined,
    );
    w.signatureLine(
      'Counselor',
      plan.counselorSignature
        ? `${plan.counselorSignature.signature.name}${signedOn(plan.counselorSignature.at)}`
        : client.counselor,
    );
  });
}
