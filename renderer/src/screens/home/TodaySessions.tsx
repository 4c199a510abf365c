import type { Appointment } from '../../../../shared/domain/scheduling.ts';
import type { Navigate } from '../../shell/routes.ts';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import { Card } from '../../ui/Card.tsx';
import { NoteBadge, NoteButton } from '../notes/SessionNote.tsx';
import type { NoteState } from '../notes/sessionNotes.ts';
import { feeText } from '../schedule/FeeNotice.tsx';
import { StatusActions } from '../schedule/StatusActions.tsx';
import { StatusBadge } from '../schedule/StatusBadge.tsx';
import { formatTime } from '../schedule/time.ts';

export interface TodaySessionsProps {
  sessions: readonly Appointment[];
  zone: string;
  currency: string;
  onOpen: (id: number) => void;
  /** Each session's note, once read: shown as a need and as the action to write it. */
  notes: ReadonlyMap<number, NoteState>;
  onNavigate: Navigate;
  onChanged: () => void;
  onSchedule: () => void;
}

/** What a session still needs, from what Accord knows today: nothing is shown that is not real. */
function needs(a: Appointment, currency: string, now: Date) {
  const items = [];
  if (a.status === 'scheduled' && Date.parse(a.start) <= now.getTime()) {
    items.push(
      <Badge key="status" tone="neutral">
        Needs a status
      </Badge>,
    );
  }
  if (a.fee?.status === 'pending') {
    items.push(
      <Badge key="fee" tone="neutral">
        {feeText(a.fee, currency)} pending
      </Badge>,
    );
  }
  return items;
}

export function TodaySessions({
  sessions,
  zone,
  currency,
  onOpen,
  notes,
  onNavigate,
  onChanged,
  onSchedule,
}: TodaySessionsProps) {
  const now = new Date();
  const count = sessions.length;
  return (
    <Card
      title="Today’s sessions"
      description={
        count === 0
          ? 'Nothing is booked for today.'
          : `${count} ${count === 1 ? 'session' : 'sessions'}, in order.`
      }
    >
      {count === 0 ? (
        <p>
          <Button onClick={onSchedule}>Open the schedule</Button>
        </p>
      ) : (
        <ol className="today-list">
          {sessions.map((a) => {
            const time = formatTime(a.start, zone);
            const todo = needs(a, currency, now);
            return (
              <li key={a.id} className={`today-session is-${a.status.replaceAll('_', '-')}`}>
                <div className="today-time">
                  <span className="today-start">{time}</span>
                  <span className="muted">{a.durationMin} min</span>
                </div>
                <div className="today-main">
                  <h3 className="today-client">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpen(a.id)}
                      aria-label={`${a.clientName}, ${time}: details`}
                    >
                      {a.clientName}
                    </button>
                  </h3>
                  <p className="muted">
                    {a.serviceCode} · {a.serviceLabel} ·{' '}
                    {a.location === 'telehealth' ? 'Telehealth' : 'Office'}
                  </p>
                  <div className="today-state">
                    <StatusBadge status={a.status} />
                    {todo}
                    <NoteBadge appointment={a} state={notes.get(a.id)} />
                  </div>
                </div>
                <NoteButton
                  appointment={a}
                  state={notes.get(a.id)}
                  onNavigate={onNavigate}
                  className="today-note"
                />
                <StatusActions
                  appointment={a}
                  onChanged={onChanged}
                  label={`Status of the ${time} session with ${a.clientName}`}
                />
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
