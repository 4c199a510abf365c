import { Button } from '../../ui/Button.tsx';
import { formatDate, plural } from './planText.ts';
import { latestRatings, type Progress } from './progress.ts';

export interface ObjectiveProgressProps {
  objectiveId: string;
  /** "Objective 1.2", for the rate button's name. */
  title: string;
  person: string;
  progress: Progress;
}

/** Progress on one objective: the latest ratings, the notes that worked on it, a way to rate. */
export function ObjectiveProgress({
  objectiveId,
  title,
  person,
  progress,
}: ObjectiveProgressProps) {
  const latest = latestRatings(progress.ratings, objectiveId);
  const notes = progress.addressedBy[objectiveId] ?? [];
  const saved = progress.saved.has(objectiveId);
  return (
    <div className="objective-progress">
      <div className="objective-progress-row">
        <p className="objective-progress-label">Progress</p>
        {latest.count === 0 ? (
          <p className="muted">{saved ? 'Not rated yet.' : 'Save the draft to rate progress.'}</p>
        ) : (
          <ul className="rating-list" aria-label={`Latest ratings for ${title.toLowerCase()}`}>
            {latest.client && (
              <li>
                <Score value={latest.client.rating} /> {person}, {formatDate(latest.client.ratedOn)}
              </li>
            )}
            {latest.counselor && (
              <li>
                <Score value={latest.counselor.rating} /> You,{' '}
                {formatDate(latest.counselor.ratedOn)}
              </li>
            )}
          </ul>
        )}
        {saved && (
          <Button
            className="button-small"
            aria-label={`Rate progress on ${title.toLowerCase()}`}
            onClick={() => progress.onRate(objectiveId)}
          >
            Rate progress…
          </Button>
        )}
      </div>
      {notes.length > 0 && (
        <details className="objective-notes">
          <summary>Addressed in {plural(notes.length, 'note')}</summary>
          <ul>
            {notes.map((n) => (
              <li key={n.noteId}>
                <span className="objective-note-date">{formatDate(n.serviceDate)}</span>
                {n.comment ? <span>{n.comment}</span> : <span className="muted">No comment</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Score({ value }: { value: number }) {
  return (
    <span className="score">
      {value}
      <span className="score-of">/10</span>
    </span>
  );
}
