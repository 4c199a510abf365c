import type { PlanVersion } from '../../../../shared/domain/plans.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { PlanDocument } from './PlanDocument.tsx';
import { formatInstantDate } from './planText.ts';
import type { Progress } from './progress.ts';
import { SignatureShown } from './SignatureShown.tsx';

export interface AgreedPlanProps {
  version: PlanVersion;
  person: string;
  timeZone: string;
  progress: Progress;
  onRevise: () => void;
}

/** The plan in force: read-only, with progress to rate, and a way to start the next version. */
export function AgreedPlan({ version, person, timeZone, progress, onRevise }: AgreedPlanProps) {
  return (
    <>
      <div className="agreed-intro">
        <p className="prose">
          {person} and you agreed on this plan
          {version.signedAt ? ` on ${formatInstantDate(version.signedAt, timeZone)}` : ''}. It stays
          exactly as signed; a revision becomes version {version.version + 1}, for both of you to
          sign again.
        </p>
        <Button variant="primary" onClick={onRevise}>
          Revise the plan
        </Button>
      </div>
      <PlanDocument content={version.content} person={person} progress={progress} />
      <Card level={3} title="Agreement" className="signatures">
        <div className="signature-columns">
          {version.clientSignature && (
            <div className="signature-column">
              <h4 className="plan-item-title">{person}</h4>
              <SignatureShown signed={version.clientSignature} timeZone={timeZone} />
            </div>
          )}
          {version.counselorSignature && (
            <div className="signature-column">
              <h4 className="plan-item-title">You</h4>
              <SignatureShown signed={version.counselorSignature} timeZone={timeZone} />
            </div>
          )}
        </div>
      </Card>
    </>
  );
}
