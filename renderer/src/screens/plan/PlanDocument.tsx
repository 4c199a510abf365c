import type { ReactNode } from 'react';
import type { PlanContent } from '../../../../shared/domain/plans.ts';
import { Card } from '../../ui/Card.tsx';
import { ClientQuote } from '../../ui/ClientWords.tsx';
import { DetailList } from '../../ui/DetailList.tsx';
import { LockMark } from './ClosingSections.tsx';
import { DocumentGoals } from './DocumentGoals.tsx';
import { DocumentOptions } from './DocumentOptions.tsx';
import { formatDate, FORMAT_LABELS, involvementLabel } from './planText.ts';
import type { Progress } from './progress.ts';

export interface PlanDocumentProps {
  content: PlanContent;
  person: string;
  /** The plan in force shows each objective's progress; an old version does not. */
  progress?: Progress;
}

/** A version of the plan, read-only, in the editor's order and with the same marks. */
export function PlanDocument({ content, person, progress }: PlanDocumentProps) {
  const prefs = content.preferences;
  return (
    <div className="plan-document">
      <Card level={3} title="What brings you here">
        {content.concerns.length === 0 ? (
          <Nothing />
        ) : (
          <ul className="doc-list">
            {content.concerns.map((c) => (
              <li key={c.id} className="doc-pair">
                {c.clientWords ? (
                  <ClientQuote person={person}>{c.clientWords}</ClientQuote>
                ) : (
                  <span />
                )}
                {c.clinical && (
                  <p className="doc-clinical">
                    <span className="doc-label">Clinical wording</span>
                    {c.clinical}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card level={3} title="Goals">
        <DocumentGoals goals={content.goals} person={person} progress={progress} />
      </Card>
      <Card level={3} title="Options discussed">
        <DocumentOptions options={content.interventions} goals={content.goals} person={person} />
      </Card>
      <Card level={3} title="Strengths">
        {content.strengths.length === 0 ? (
          <Nothing />
        ) : (
          <ul className="doc-list">
            {content.strengths.map((s) => (
              <li key={s.id}>
                <ClientQuote person={person}>{s.text}</ClientQuote>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card level={3} title="Preferences">
        <DetailList
          items={[
            { term: 'How often', detail: prefs.frequency },
            { term: 'Kind of therapy', detail: prefs.modality },
            { term: 'Format', detail: FORMAT_LABELS[prefs.format] },
            { term: 'Decisions', detail: involvementLabel(prefs.involvement, person) },
          ]}
        />
        <Quoted person={person} label="What helps" text={prefs.helps} />
        <Quoted person={person} label="What doesn’t help" text={prefs.doesNotHelp} />
      </Card>
      <Card level={3} title="How you’ll know you’re done">
        {content.completionCriteria ? (
          <ClientQuote person={person}>{content.completionCriteria}</ClientQuote>
        ) : (
          <Nothing />
        )}
      </Card>
      <Card level={3} title="Review date">
        <p>{formatDate(content.reviewDate)}</p>
      </Card>
      <section className="counselor-only" aria-label="Counselor-only notes">
        <div className="counselor-only-head">
          <h3>
            <LockMark /> Counselor-only notes
          </h3>
          <p className="counselor-only-note">Never shown to {person}.</p>
        </div>
        {content.counselorNotes ? (
          <p className="pre-line">{content.counselorNotes}</p>
        ) : (
          <Nothing />
        )}
      </section>
    </div>
  );
}

function Quoted({
  person,
  label,
  text,
}: {
  person: string;
  label: string;
  text: string;
}): ReactNode {
  if (!text) return null;
  return (
    <ClientQuote person={person} label={`${label}, in ${person}’s words`}>
      {text}
    </ClientQuote>
  );
}

function Nothing() {
  return <p className="muted">Nothing recorded.</p>;
}
