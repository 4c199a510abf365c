import type { PlanState } from '../../../../shared/domain/care.ts';

export type RatingEntry = PlanState['ratings'][number];

/** What the editor shows of an objective's progress, and how to rate it. */
export interface Progress {
  ratings: readonly RatingEntry[];
  addressedBy: PlanState['addressedBy'];
  /** Objectives in the saved plan: only those can be rated (an unsaved one may yet vanish). */
  saved: ReadonlySet<string>;
  onRate: (objectiveId: string) => void;
}

/** The latest rating by each rater (ratings come oldest first). */
export function latestRatings(ratings: readonly RatingEntry[], objectiveId: string) {
  const mine = ratings.filter((r) => r.objectiveId === objectiveId);
  return {
    client: mine.filter((r) => r.rater === 'client').at(-1),
    counselor: mine.filter((r) => r.rater === 'counselor').at(-1),
    count: mine.length,
  };
}
