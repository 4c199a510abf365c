import { MEASURES, scoreMeasure, type Answer } from '../../../shared/measures.ts';
import type { Random } from './random.ts';
import type { RowSink } from './sink.ts';

/**
 * A PHQ-9 or GAD-7 given in session. Totals start in the moderate range and ease as therapy goes
 * on, with noise, so the measures chart has a believable shape; scores come from the app's own
 * scoring, so severity and the item-9 flag follow the published rules.
 */
export function writeMeasure(
  sink: RowSink,
  random: Random,
  m: {
    clientId: number;
    kind: 'phq9' | 'gad7';
    session: { id: number; date: string };
    progress: number;
    at: string;
  },
): void {
  const items = MEASURES[m.kind].items.length;
  const start = 10 + ((m.clientId * 37) % 9);
  const wanted = Math.round(start * (1 - 0.65 * m.progress)) + random.int(-2, 2);
  const total = Math.max(0, Math.min(items * 3, wanted));
  const answers: Answer[] = Array.from({ length: items }, () => 0 as Answer);
  for (let given = 0; given < total;) {
    const i = random.int(0, items - 1);
    if ((answers[i] as number) < 3) {
      answers[i] = ((answers[i] as number) + 1) as Answer;
      given++;
    }
  }
  const score = scoreMeasure(m.kind, answers);
  sink.add('measures', {
    client_id: m.clientId,
    kind: m.kind,
    given_on: m.session.date,
    appointment_id: m.session.id,
    answers: JSON.stringify(answers),
    difficulty: Math.min(3, Math.floor(total / 7)),
    complete: 1,
    total: score.total,
    severity: score.severity,
    safety_flag: Number(score.safetyFlag),
    entered_by: random.chance(0.6) ? 'client' : 'counselor',
    created_at: m.at,
  });
}
