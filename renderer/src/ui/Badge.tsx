import type { ReactNode } from 'react';
import './Badge.css';

export interface BadgeProps {
  /** "accent" for a current, good state; "neutral" for a state worth a glance; "quiet" for past. */
  tone?: 'accent' | 'neutral' | 'quiet';
  children: ReactNode;
}

/** A short status word. Its text always says the state: the colour only repeats it. */
export function Badge({ tone = 'neutral', children }: BadgeProps) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
