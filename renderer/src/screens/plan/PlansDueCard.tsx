import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract.ts';
import { call } from '../../api.ts';
import type { Navigate } from '../../shell/routes.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { useShowMore } from '../../ui/useShowMore.tsx';
import { formatDate } from './planText.ts';
import './plan.css';

type Due = ChannelOutput<'plans.dueReviews'>['reviews'][number];

/** Today's card of plans to review soon or overdue. With none, the card is not there at all. */
export function PlansDueCard({ onNavigate }: { onNavigate: Navigate }) {
  const [due, setDue] = useState<Due[]>([]);
  const { visible, showMore } = useShowMore(due, 8, 'plans');

  useEffect(() => {
    let live = true;
    call('plans.dueReviews').then(
      (value) => live && setDue(value.reviews),
      // Today stays useful without this card; each plan still shows its own review banner.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (due.length === 0) return null;
  return (
    <Card
      title="Plans due for review"
      description="Overdue first, then those due within two weeks."
    >
      <ul className="due-list">
        {visible.map((d) => (
          <li key={d.clientId} className="due-item">
            <p className="due-who">
              <strong>{d.clientName}</strong>
              <span className="muted">
                {d.overdue ? 'Was due' : 'Due by'} {formatDate(d.reviewDate)}
              </span>
              {d.overdue && <Badge tone="neutral">Overdue</Badge>}
            </p>
            <Button
              className="button-small"
              aria-label={`Open plan: ${d.clientName}`}
              onClick={() => onNavigate({ name: 'client', id: d.clientId, tab: 'plan' })}
            >
              Open plan
            </Button>
          </li>
        ))}
      </ul>
      {showMore}
    </Card>
  );
}
