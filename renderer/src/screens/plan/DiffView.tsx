import type { ChannelOutput } from '../../../../shared/contract.ts';
import type { DiffEntry, FieldChange } from '../../../../shared/plan-diff.ts';
import { Badge } from '../../ui/Badge.tsx';
import { DIFF_TITLES, named, shownValue } from './diffText.ts';

export type PlanDiff = ChannelOutput<'plans.diff'>;

const KIND_LABELS: Record<DiffEntry['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

/** What changed between two versions, section by section, with the client's words set apart. */
export function DiffView({ diff, person }: { diff: PlanDiff; person: string }) {
  if (diff.sections.length === 0) {
    return <p className="muted">These two versions say the same thing.</p>;
  }
  return (
    <div className="diff">
      <p className="diff-legend">
        <span className="diff-key diff-key-client">In {person}’s words</span> are highlighted.
      </p>
      {diff.sections.map((section) => (
        <section
          key={section.section}
          className="diff-section"
          aria-label={DIFF_TITLES[section.section] ?? section.title}
        >
          <h4 className="diff-section-title">{DIFF_TITLES[section.section] ?? section.title}</h4>
          <ul className="diff-entries">
            {section.entries.map((entry) => (
              <li
                key={`${entry.kind}-${entry.itemId ?? entry.label}`}
                className={`diff-entry diff-${entry.kind}`}
              >
                <p className="diff-entry-head">
                  <Badge
                    tone={
                      entry.kind === 'changed'
                        ? 'neutral'
                        : entry.kind === 'added'
                          ? 'accent'
                          : 'quiet'
                    }
                  >
                    {KIND_LABELS[entry.kind]}
                  </Badge>
                  <span className="diff-entry-label">{entry.label}</span>
                  {entry.parent && <span className="muted">under “{entry.parent.label}”</span>}
                </p>
                <dl className="diff-changes">
                  {entry.changes.map((change) => (
                    <Change key={change.field} change={change} kind={entry.kind} person={person} />
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Change(props: { change: FieldChange; kind: DiffEntry['kind']; person: string }) {
  const { change, kind, person } = props;
  const before = shownValue(change, change.before, person);
  const after = shownValue(change, change.after, person);
  return (
    <div className={change.clientWords ? 'diff-change diff-client' : 'diff-change'}>
      <dt>{named(change.fieldLabel, person)}</dt>
      <dd>
        {kind !== 'added' && (
          <>
            <span className="diff-when">{kind === 'removed' ? 'Removed' : 'Was'}</span>
            <del>{before}</del>
          </>
        )}
        {kind !== 'removed' && (
          <>
            <span className="diff-when">{kind === 'added' ? 'Added' : 'Now'}</span>
            <ins>{after}</ins>
          </>
        )}
      </dd>
    </div>
  );
}
