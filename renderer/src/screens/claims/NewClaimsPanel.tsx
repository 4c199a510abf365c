import { useState } from 'react';
import type { ClaimCandidates } from '../../../../shared/domain/claims.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { formatDay, plural } from '../clients/format.ts';

export interface NewClaimsPanelProps {
  candidates: ClaimCandidates;
  currency: string;
  onCreated: (count: number) => void;
  onEndOfDay: () => void;
}

/** Insurance charges waiting for a claim, by client: tick them and make the claims. */
export function NewClaimsPanel({
  candidates,
  currency,
  onCreated,
  onEndOfDay,
}: NewClaimsPanelProps) {
  const [chosen, setChosen] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const money = (cents: number) => formatMoney(cents, currency);
  const claimable = candidates.clients
    .filter((c) => c.problem === null)
    .flatMap((c) => c.charges.map((ch) => ch.id));
  const picked = chosen.filter((id) => claimable.includes(id));

  const toggle = (id: number, on: boolean) =>
    setChosen((now) => (on ? [...now, id] : now.filter((x) => x !== id)));

  const create = async () => {
    if (busy || picked.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const { claims } = await call('claims.create', { chargeIds: picked });
      setChosen([]);
      onCreated(claims.length);
    } catch (caught) {
      setError(toShownError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  if (candidates.clients.length === 0) {
    return (
      <Card title="New claims">
        <div className="claims-empty">
          <p>
            No insurance charges are waiting for a claim. Post insurance sessions at End of day;
            they appear here.
          </p>
          <Button className="button-small" onClick={onEndOfDay}>
            Go to End of day
          </Button>
        </div>
      </Card>
    );
  }

  return (
    <Card
      title="New claims"
      description="Tick the insurance charges to claim. Each client gets one claim per six services."
    >
      <div className="claims-candidates">
        {candidates.clients.map((client) => (
          <fieldset key={client.clientId} className="claims-client">
            <legend>
              <span className="claims-client-name">{client.clientName}</span>
              {client.payerName && <span className="muted"> · {client.payerName}</span>}
            </legend>
            {client.problem && (
              <p className="claims-problem" role="note">
                {client.problem}
              </p>
            )}
            {client.charges.map((ch) => (
              <Checkbox
                key={ch.id}
                disabled={client.problem !== null}
                checked={picked.includes(ch.id)}
                onChange={(e) => toggle(ch.id, e.target.checked)}
                label={
                  <span className="claims-charge">
                    <span>
                      {formatDay(ch.serviceDate)} ·{' '}
                      <span className="claims-code">{ch.serviceCode}</span>{' '}
                      {ch.denied && <Badge tone="neutral">Denied before: resend</Badge>}
                    </span>
                    <span className="claims-number">
                      {money(ch.amountCents)}
                      <span className="muted"> · insurer {money(ch.payerShareCents)}</span>
                    </span>
                  </span>
                }
              />
            ))}
          </fieldset>
        ))}
      </div>
      <div className="row claims-create">
        <Button
          variant="quiet"
          className="button-small"
          onClick={() => setChosen(picked.length === claimable.length ? [] : claimable)}
          aria-disabled={claimable.length === 0}
        >
          {picked.length === claimable.length && claimable.length > 0 ? 'Clear all' : 'Tick all'}
        </Button>
        <Button
          variant="primary"
          busy={busy}
          busyLabel="Creating…"
          aria-disabled={picked.length === 0}
          onClick={() => void create()}
        >
          {picked.length === 0
            ? 'Create claims'
            : `Create claims for ${plural(picked.length, 'charge')}`}
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </Card>
  );
}
