import { useId } from 'react';
import { Card } from '../../ui/Card.tsx';
import { ClientWordsField } from '../../ui/ClientWords.tsx';
import { TextArea } from '../../ui/TextArea.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { formatDate } from './planText.ts';
import { ReviewDefault } from './ReviewDefault.tsx';
import type { SectionProps } from './sectionProps.ts';

/** The plan's last three parts: when it is done, when it is reviewed, and the counselor's notes. */
export function ClosingSections({ content, onChange, person, err }: SectionProps) {
  const notesId = useId();
  return (
    <>
      <Card
        level={3}
        title="How you’ll know you’re done"
        description={`${person}’s own sense of when counseling has done its job.`}
      >
        <ClientWordsField
          person={person}
          rows={3}
          value={content.completionCriteria}
          typedBy={content.completionCriteriaBy}
          onChange={(completionCriteria) =>
            onChange({ ...content, completionCriteria, completionCriteriaBy: 'counselor' })
          }
          error={err('completionCriteria')}
        />
      </Card>
      <Card
        level={3}
        title="Review date"
        description="When you will look at the plan together again."
      >
        <div className="review-date">
          <TextField
            label="Review by"
            type="date"
            value={content.reviewDate}
            onChange={(event) => onChange({ ...content, reviewDate: event.target.value })}
            error={err('reviewDate')}
            hint={content.reviewDate ? formatDate(content.reviewDate) : undefined}
          />
        </div>
        <ReviewDefault />
      </Card>
      <section className="counselor-only" aria-labelledby={notesId}>
        <div className="counselor-only-head">
          <h3 id={notesId}>
            <LockMark /> Counselor-only notes
          </h3>
          <p className="counselor-only-note">
            Never shown to {person}: not in Client view, and left out of the client’s copy unless
            you choose to include them.
          </p>
        </div>
        <TextArea
          label="Notes for you"
          rows={4}
          value={content.counselorNotes}
          onChange={(event) => onChange({ ...content, counselorNotes: event.target.value })}
          error={err('counselorNotes')}
        />
      </section>
    </>
  );
}

export function LockMark() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect
        x="4"
        y="9"
        width="12"
        height="8"
        rx="2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
      />
      <path d="M7 9V6.5a3 3 0 0 1 6 0V9" fill="none" stroke="currentColor" strokeWidth="1.75" />
    </svg>
  );
}
