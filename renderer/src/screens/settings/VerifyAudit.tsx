import type { AuditVerification } from '../../../../shared/domain/audit.ts';
import { useState } from 'react';
import { call } from '../../api.ts';
import { useSubmit } from '../../forms/useSubmit.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';

/** Checks every link of the trail; verifying is itself recorded, so the list reloads after. */
export function VerifyAudit({ onVerified }: { onVerified: () => void }) {
  const [result, setResult] = useState<AuditVerification | null>(null);
  const { busy, error, run } = useSubmit();

  const verify = async () => {
    setResult(null);
    const outcome = await run(() => call('audit.verify'));
    if (outcome?.ok) {
      setResult(outcome.value);
      onVerified();
    }
  };

  return (
    <Card
      title="Verify the trail"
      description="Checks that no entry has been changed, removed or reordered since it was written."
    >
      <div className="verify-row">
        <Button variant="primary" busy={busy} busyLabel="Verifying…" onClick={verify}>
          Verify audit trail
        </Button>
      </div>
      {result?.ok && (
        <Alert tone="success" title={`All ${result.checked} events are intact.`}>
          No entry has been changed, removed or reordered.
        </Alert>
      )}
      {result && !result.ok && (
        <Alert tone="error" title={`The audit trail is broken at event ${result.brokenAt}.`}>
          <p>Accord found that {result.reason}.</p>
          <p>
            Entries from that event on may have been changed outside Accord. Keep a backup of this
            folder as it is before changing anything.
          </p>
        </Alert>
      )}
      {error && <Alert tone="error" title={error.message} />}
    </Card>
  );
}
