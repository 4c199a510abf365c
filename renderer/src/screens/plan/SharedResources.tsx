import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Card } from '../../ui/Card.tsx';
import { formatDate } from './planText.ts';

type Share = ChannelOutput<'resources.shares'>['shares'][number];

const METHODS: Record<Share['method'], string> = {
  discussed: 'discussed in session',
  pdf: 'given as a PDF',
  client_view: 'shown in Client view',
};

/** Library resources this client has been given or shown, from the record the library keeps. */
export function SharedResources({ clientId, person }: { clientId: number; person: string }) {
  const [shares, setShares] = useState<Share[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('resources.shares', { clientId }).then(
      (value) => live && setShares(value.shares),
      (caught: unknown) => live && setError(toShownError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [clientId]);

  return (
    <Card level={3} title="Shared with this client">
      {error && <Alert tone="error" title={error} />}
      {shares && shares.length === 0 && (
        <p className="muted">
          Nothing yet. Share a resource with {person} from the Library, and it is listed here.
        </p>
      )}
      {shares && shares.length > 0 && (
        <ul className="share-list">
          {shares.map((s) => (
            <li key={s.id}>
              <span className="share-title">{s.title}</span>
              <span className="muted">
                {formatDate(s.sharedOn)}, {METHODS[s.method]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
