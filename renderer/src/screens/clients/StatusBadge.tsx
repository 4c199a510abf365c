import type { ClientStatus } from '../../../../shared/domain/clients.ts';
import { Badge } from '../../ui/Badge.tsx';
import { STATUS_NAMES } from './format.ts';

const TONES = { active: 'accent', waitlist: 'neutral', discharged: 'quiet' } as const;

export function StatusBadge({ status }: { status: ClientStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_NAMES[status]}</Badge>;
}
