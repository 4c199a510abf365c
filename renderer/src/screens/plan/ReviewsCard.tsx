import type { PlanState } from '../../../../shared/domain/care.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDate } from './planText.ts';

/** Past reviews, newest first. */
export function ReviewsCard({ reviews }: { reviews: PlanState['reviews'] }) {
  if (reviews.length === 0) return null;
  return (
    <Card level={3} title="Reviews">
      <ul className="review-list">
        {reviews.map((r) => (
          <li key={r.id}>
            <p className="review-list-head">
              {formatDate(r.reviewedOn)}
              <span className="muted"> · next review by {formatDate(r.nextReviewOn)}</span>
            </p>
            <p className="pre-line">{r.summary}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
