import type { ReactNode } from 'react';
import { Badge } from '../../ui/Badge.tsx';

export interface PlanHeaderProps {
  /** "Draft", "Agreed", or "New": the state of what is on screen. */
  badge: string | null;
  /** "Version 2 · started Mar 2, 2026". */
  facts: string;
  actions: ReactNode;
}

/** The plan's title line: which version this is, and what can be done with the plan. */
export function PlanHeader({ badge, facts, actions }: PlanHeaderProps) {
  return (
    <div className="plan-header">
      <div className="plan-header-text">
        <h2>Treatment plan</h2>
        {(badge || facts) && (
          <p className="plan-facts">
            {badge && <Badge tone={badge === 'Agreed' ? 'accent' : 'neutral'}>{badge}</Badge>}
            <span>{facts}</span>
          </p>
        )}
      </div>
      <div className="plan-header-actions">{actions}</div>
    </div>
  );
}
