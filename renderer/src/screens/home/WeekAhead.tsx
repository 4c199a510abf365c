import type { Today } from '../../../../shared/domain/scheduling.ts';
import { Card } from '../../ui/Card.tsx';
import { formatDateLong } from '../schedule/time.ts';

function parts(date: string) {
  const d = new Date(`${date}T00:00:00Z`);
  const get = (options: Intl.DateTimeFormatOptions) =>
    d.toLocaleDateString('en-US', { timeZone: 'UTC', ...options });
  return { weekday: get({ weekday: 'short' }), day: get({ month: 'short', day: 'numeric' }) };
}

/** Seven days from today with their session counts; a day opens in the schedule. */
export function WeekAhead({ week, onDay }: { week: Today['week']; onDay: (date: string) => void }) {
  return (
    <Card title="The week ahead" description="Sessions booked each day. Choose a day to open it.">
      <ol className="week-strip">
        {week.map(({ date, count }, index) => {
          const { weekday, day } = parts(date);
          const sessions = `${count} ${count === 1 ? 'session' : 'sessions'}`;
          return (
            <li key={date}>
              <button
                type="button"
                className={count === 0 ? 'week-day is-empty' : 'week-day'}
                aria-label={`${index === 0 ? 'Today, ' : ''}${formatDateLong(date)}: ${sessions}`}
                onClick={() => onDay(date)}
              >
                <span className="week-weekday">{index === 0 ? 'Today' : weekday}</span>
                <span className="week-date">{day}</span>
                <span className="week-count">{count}</span>
                <span className="week-unit">{count === 1 ? 'session' : 'sessions'}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
