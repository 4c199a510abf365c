import type { PlanVersion } from '../../../../shared/domain/plans.ts';
import { Card } from '../../ui/Card.tsx';
import { ClientSignForm } from './ClientSignForm.tsx';
import { CounselorSignForm } from './CounselorSignForm.tsx';
import { SignatureShown } from './SignatureShown.tsx';

export interface SignaturesPanelProps {
  version: PlanVersion;
  person: string;
  fullName: string;
  counselorName: string;
  timeZone: string;
  /** Unsaved edits: a signature covers the words as saved, so signing waits for a save. */
  dirty: boolean;
  onSigned: (version: PlanVersion) => void;
}

/** Agreement: both signatures make the version final; either may come first. */
export function SignaturesPanel(props: SignaturesPanelProps) {
  const { version, person, fullName, counselorName, timeZone, dirty, onSigned } = props;
  const ready = version.content.goals.length > 0;
  return (
    <Card
      level={3}
      title="Agreement"
      description={`When ${person} and you both sign, version ${version.version} becomes the agreed plan and no longer changes. A later change starts a new version.`}
      className="signatures"
    >
      {dirty ? (
        <p className="signatures-wait">
          Save the draft first: a signature is for the plan as saved.
        </p>
      ) : !ready ? (
        <p className="signatures-wait">Add at least one goal and save before signing.</p>
      ) : null}
      <div className="signature-columns">
        <div className="signature-column">
          <h4 className="plan-item-title">{person}</h4>
          {version.clientSignature ? (
            <SignatureShown signed={version.clientSignature} timeZone={timeZone} />
          ) : dirty || !ready ? (
            <p className="muted">Not signed yet.</p>
          ) : (
            <ClientSignForm
              versionId={version.id}
              person={person}
              fullName={fullName}
              onSigned={onSigned}
            />
          )}
        </div>
        <div className="signature-column">
          <h4 className="plan-item-title">You</h4>
          {version.counselorSignature ? (
            <SignatureShown signed={version.counselorSignature} timeZone={timeZone} />
          ) : dirty || !ready ? (
            <p className="muted">Not signed yet.</p>
          ) : (
            <CounselorSignForm
              versionId={version.id}
              defaultName={counselorName}
              onSigned={onSigned}
            />
          )}
        </div>
      </div>
    </Card>
  );
}
