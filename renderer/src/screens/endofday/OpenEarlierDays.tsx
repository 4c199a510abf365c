import { useEffect, useState } from 'react';
import { call } from '../../api.ts';
import type { Navigate } from '../../shell/routes.ts';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { useShowMore } from '../../ui/useShowMore.tsx';
import { formatDateLong } from '../schedule/time.ts';

/** On Today: earlier days with sessions not charged yet or not closed, each one click away. */
export function OpenEarlierDays({ onNavigate }: { onNavigate: Navigate }) {
  const [days, setDays] = useState<string[]>([]);
  // The most recent first: the days a counselor is most likely still closing.
  const { visible, showMore } = useShowMore([...days].reverse(), 6, 'days');

  useEffect(() => {
    let live = true;
    // Quiet on failure: Today still works, and End of day shows the same list with its errors.
    call('billing.endOfDay', {}).then(
      (value) => live && setDays(value.openEarlier),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (days.length === 0) return null;
  return (
    <Card
      title="Open from earlier days"
      description="These days still have sessions to charge, or are not closed yet."
    >
      <ul className="row" style={{ padding: 0, margin: 0, listStyle: 'none' }}>
        {visible.map((day) => (
          <li key={day}>
            <Button
              className="button-small"
              onClick={() => onNavigate({ name: 'endOfDay', date: day })}
            >
              End of day for {formatDateLong(day)}
            </Button>
          </li>
        ))}
      </ul>
      {showMore}
    </Card>
  );
}
