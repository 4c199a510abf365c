import { STATUS_LABELS, type AppointmentStatus } from '../../../../shared/domain/scheduling.ts';
import { Badge } from '../../ui/Badge.tsx';

// Accent for a session held, outlined for one that is still open or missed, quiet for the rest.
const TONE: Record<AppointmentStatus, 'accent' | 'neutral' | 'quiet'> = {
  scheduled: 'neutral',
  attended: 'accent',
  no_show: 'neutral',
  late_cancel: 'quiet',
  cancelled_client: 'quiet',
  cancelled_counselor: 'quiet',
};

export function StatusBadge({ status }: { status: AppointmentStatus }) {
  return <Badge tone={TONE[status]}>{STATUS_LABELS[status]}</Badge>;
}
