import type { PlanContent } from '../../../../shared/domain/plans.ts';

/**
 * Unsaved edits to a client's plan. Held by the client profile, above the tabs, so looking at
 * another tab does not lose them; `baseVersionId` is the version they were made on.
 */
export interface PlanDraft {
  content: PlanContent;
  baseVersionId: number | null;
}
