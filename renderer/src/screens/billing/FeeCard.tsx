import type { Ledger } from '../../../../shared/domain/billing.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { formatDay } from '../clients/format.ts';

export interface FeeCardProps {
  fee: Ledger['fee'];
  today: string;
  onChange: () => void;
}

/** The client's fee arrangement now, what comes next, and what it was before. */
export function FeeCard({ fee, today, onChange }: FeeCardProps) {
  const { current, history } = fee;
  return (
    <Card title="Fee" className="billing-fee">
      <div className="billing-fee-now">
        <p className="billing-fee-current" data-testid="fee-current">
          {current ? current.description : 'Standard fee of each service'}
          {current && <span className="muted"> · since {formatDay(current.effectiveFrom)}</span>}
        </p>
        <Button onClick={onChange}>Change fee…</Button>
      </div>
      {history.length > 0 && (
        <details className="billing-fee-history">
          <summary>History ({history.length})</summary>
          <ul>
            {history.map((a) => (
              <li key={a.id}>
                <span className="billing-nowrap">From {formatDay(a.effectiveFrom)}</span> ·{' '}
                {a.description}{' '}
                {a.effectiveFrom > today ? (
                  <Badge tone="accent">Upcoming</Badge>
                ) : a.id === current?.id ? (
                  <Badge>In force</Badge>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}
