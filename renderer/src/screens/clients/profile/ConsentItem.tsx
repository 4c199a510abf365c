import { useId } from 'react';
import { CONSENT_LABELS, type Consent } from '../../../../../shared/domain/clients.ts';
import { Badge } from '../../../ui/Badge.tsx';
import { Button } from '../../../ui/Button.tsx';
import { DetailList, type Detail } from '../../../ui/DetailList.tsx';
import { formatDay } from '../format.ts';

function details(consent: Consent): Detail[] {
  const { signature, release } = consent;
  const items: Detail[] = [
    { term: 'Signed on', detail: formatDay(consent.signedOn) },
    {
      term: 'Signed by',
      detail: `${signature.name} (${signature.kind === 'drawn' ? 'drawn signature' : 'typed signature'})`,
    },
  ];
  if (release) {
    items.push(
      { term: 'Shared with', detail: release.to },
      { term: 'What may be shared', detail: release.what },
      { term: 'Until', detail: formatDay(release.until) },
    );
  }
  if (consent.revokedOn) {
    items.push({
      term: 'Revoked on',
      detail: `${formatDay(consent.revokedOn)}${consent.revokedReason ? `: ${consent.revokedReason}` : ''}`,
    });
  }
  return items;
}

export function ConsentItem({ consent, onRevoke }: { consent: Consent; onRevoke: () => void }) {
  const titleId = useId();
  const label = CONSENT_LABELS[consent.kind];
  const revoked = Boolean(consent.revokedOn);
  const drawn = consent.signature.kind === 'drawn' ? consent.signature : null;
  return (
    <article className={revoked ? 'consent is-revoked' : 'consent'} aria-labelledby={titleId}>
      <header className="consent-head">
        <h3 id={titleId}>{label}</h3>
        {revoked ? <Badge tone="quiet">Revoked</Badge> : <Badge tone="accent">Active</Badge>}
      </header>
      <div className={drawn ? 'consent-body has-signature' : 'consent-body'}>
        <DetailList items={details(consent)} />
        {drawn && (
          <figure className="consent-signature">
            <img src={drawn.image} alt={`Signature drawn by ${drawn.name}`} />
          </figure>
        )}
      </div>
      <div className="consent-foot">
        <details className="consent-text">
          <summary>Read the text that was signed</summary>
          <p>{consent.text}</p>
        </details>
        {!revoked && (
          <Button
            aria-label={`Revoke ${label.toLowerCase()}, signed ${formatDay(consent.signedOn)}`}
            onClick={onRevoke}
          >
            Revoke…
          </Button>
        )}
      </div>
    </article>
  );
}
