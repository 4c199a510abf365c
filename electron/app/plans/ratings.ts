import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

export async function addRating(
  trx: Transaction<Database>,
  r: {
    clientId: number;
    objectiveId: string;
    rater: 'client' | 'counselor';
    rating: number;
    ratedOn: string;
    reviewId: number | null;
  },
  now: Date,
): Promise<void> {
  await trx
    .insertInto('objective_ratings')
    .values({
      client_id: r.clientId,
      objective_id: r.objectiveId,
      rated_on: r.ratedOn,
      rater: r.rater,
      rating: r.rating,
      review_id: r.reviewId,
      created_at: now.toISOString(),
    })
    .execute();
}

/** A client's progress ratings, oldest first, for charts and the latest-rating badges. */
export async function ratingsOf(db: Kysely<Database>, clientId: number) {
  const rows = await db
    .selectFrom('objective_ratings')
    .select(['id', 'objective_id', 'rated_on', 'rater', 'rating'])
    .where('client_id', '=', clientId)
    .orderBy('rated_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    objectiveId: r.objective_id,
    ratedOn: r.rated_on,
    rater: r.rater,
    rating: r.rating,
  }));
}
