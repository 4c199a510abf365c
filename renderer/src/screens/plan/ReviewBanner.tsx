import { Button } from '../../ui/Button.tsx';
import { formatDate } from './planText.ts';

export interface ReviewBannerProps {
  status: 'overdue' | 'soon';
  reviewDate: string;
  onReview: () => void;
}

/** A due review, said plainly; not red: it is a reminder, not an error. */
export function ReviewBanner({ status, reviewDate, onReview }: ReviewBannerProps) {
  return (
    <div className={`review-banner review-${status}`} role="status">
      <div>
        <p className="review-banner-title">
          {status === 'overdue' ? 'The plan’s review is overdue' : 'The plan’s review is coming up'}
        </p>
        <p>
          {status === 'overdue' ? 'It was due on' : 'It is due by'} {formatDate(reviewDate)}. Look
          at the plan together, rate progress, and set the next review.
        </p>
      </div>
      <Button onClick={onReview}>Record a review…</Button>
    </div>
  );
}
