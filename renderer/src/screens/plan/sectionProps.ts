import type { PlanContent } from '../../../../shared/domain/plans.ts';
import type { FieldError } from './planErrors.ts';

/** What every editor section gets: the whole plan, so an edit in one place can keep it whole. */
export interface SectionProps {
  content: PlanContent;
  onChange: (content: PlanContent) => void;
  /** The client's first name, for "In Peggy’s words". */
  person: string;
  err: FieldError;
  /** A removal the counselor can undo until the next one. */
  onRemove: (message: string, next: PlanContent) => void;
}
