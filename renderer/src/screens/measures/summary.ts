import type { ChannelOutput } from '../../../../shared/contract.ts';
import type { Measure } from '../../../../shared/domain/care.ts';
import { MEASURES, type MeasureKind } from '../../../../shared/measures.ts';
import type { ChartSeries } from '../../ui/LineChart.tsx';
import { formatDay } from '../clients/format.ts';

export type MeasuresData = ChannelOutput<'measures.list'>;

export const SEVERITY_WORDS: Record<NonNullable<Measure['severity']>, string> = {
  minimal: 'Minimal',
  mild: 'Mild',
  moderate: 'Moderate',
  'moderately severe': 'Moderately severe',
  severe: 'Severe',
};

/** The kinds with at least one scored result, PHQ-9 first. */
export function scoredKinds(measures: readonly Measure[]): MeasureKind[] {
  return (['phq9', 'gad7'] as const).filter((kind) =>
    measures.some((m) => m.kind === kind && m.total !== null),
  );
}

export function totalsSeries(measures: readonly Measure[], kind: MeasureKind): ChartSeries {
  return {
    label: `${MEASURES[kind].name} total`,
    points: measures
      .filter((m) => m.kind === kind && m.total !== null)
      .map((m) => ({ date: m.givenOn, value: m.total ?? 0 })),
  };
}

/** The client's own ratings, one line per step of the plan. */
export function ratingSeries(data: MeasuresData): ChartSeries[] {
  const own = data.ratings.filter((r) => r.rater === 'client');
  return data.objectives
    .map((objective) => ({
      label: objective.label,
      points: own
        .filter((r) => r.objectiveId === objective.id)
        .map((r) => ({ date: r.ratedOn, value: r.rating })),
    }))
    .filter((s) => s.points.length > 0);
}

const scoreWords = (m: Measure) =>
  `${m.total} (${SEVERITY_WORDS[m.severity ?? 'minimal'].toLowerCase()}) on ${formatDay(m.givenOn)}`;

/** One sentence per questionnaire, for readers who do not see the chart. */
export function totalsSentence(measures: readonly Measure[], kind: MeasureKind): string {
  const name = MEASURES[kind].name;
  const given = measures.filter((m) => m.kind === kind);
  const scored = given.filter((m) => m.total !== null);
  const incomplete = given.length - scored.length;
  const tail = incomplete > 0 ? `, and ${incomplete} incomplete (not scored)` : '';
  const first = scored[0];
  const last = scored[scored.length - 1];
  if (!first || !last) return `${name}: no scored results yet${tail}.`;
  if (scored.length === 1) return `${name}: one scored result, ${scoreWords(first)}${tail}.`;
  return `${name}: ${scored.length} scored results, from ${scoreWords(first)} to ${scoreWords(last)}${tail}.`;
}

export function ratingSentence(series: ChartSeries): string {
  const last = series.points[series.points.length - 1];
  const count = series.points.length;
  return `“${series.label}”: ${count === 1 ? 'one rating' : `${count} ratings`}${
    last ? `, latest ${last.value} of 10 on ${formatDay(last.date)}` : ''
  }.`;
}
