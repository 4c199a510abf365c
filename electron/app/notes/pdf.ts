import { NOTE_TEMPLATES, type Note } from '../../../shared/domain/notes.ts';
import type { PracticeProfile } from '../../../shared/domain/settings.ts';
import { renderPdf } from '../documents/pdf.ts';

const IDEATION_WORDS = { denied: 'Denied', passive: 'Passive', active: 'Active' } as const;

function when(iso: string, zone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** Progress notes as the record: one note after another, each with its addenda and signature. */
export function notesPdf(
  notes: readonly Note[],
  practice: PracticeProfile,
  objectiveLabels: ReadonlyMap<string, string>,
): Promise<Buffer> {
  return renderPdf('Progress notes', (w) => {
    for (const [i, n] of notes.entries()) {
      if (i > 0) w.gap();
      w.title(
        `Progress note · ${n.clientName}`,
        `${practice.practiceName || 'Counseling practice'} · ${when(n.startAt, practice.timeZone)} · ${n.durationMin} minutes`,
      );
      w.field('Service', `${n.serviceCode} ${n.serviceLabel}`);
      w.field('Place of service', n.placeOfService);
      w.field('Diagnoses', n.diagnoses.map((d) => `${d.code} ${d.title}`).join('; '));
      for (const f of NOTE_TEMPLATES[n.template].fields) {
        const text = n.fields[f.key] ?? '';
        if (!text) continue;
        w.heading(f.label);
        for (const part of text.split(/\n{2,}/)) w.paragraph(part);
      }
      if (n.risk) {
        w.heading('Risk assessment');
        w.field('Suicidal ideation', IDEATION_WORDS[n.risk.suicidalIdeation]);
        w.field('Homicidal ideation', IDEATION_WORDS[n.risk.homicidalIdeation]);
        w.field('Plan', n.risk.plan ? 'Yes' : 'No');
        w.field('Intent', n.risk.intent ? 'Yes' : 'No');
        w.field('Safety plan reviewed', n.risk.safetyPlanReviewed ? 'Yes' : 'No');
        w.paragraph(n.risk.notes);
      }
      if (n.objectives.length > 0) {
        w.heading('Plan objectives addressed');
        w.bullets(
          n.objectives.map((o) => {
            const label = objectiveLabels.get(o.objectiveId) ?? 'An objective of the plan';
            return o.comment ? `${label}: ${o.comment}` : label;
          }),
        );
      }
      w.signatureLine(
        'Signed',
        n.signedAt && n.signedBy
          ? `${n.signedBy}, ${when(n.signedAt, practice.timeZone)}`
          : 'Draft, not signed',
      );
      for (const a of n.addenda) {
        w.heading(`Addendum, ${when(a.signedAt, practice.timeZone)}`);
        w.paragraph(a.text);
        w.field('Signed', a.signedBy);
      }
    }
  });
}
