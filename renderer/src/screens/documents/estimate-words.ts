import { DISPUTE_MARGIN_CENTS, type EstimateWarning } from '../../../../shared/domain/estimates.ts';

export const WARNING_BADGE: Record<
  EstimateWarning,
  { tone: 'accent' | 'neutral' | 'quiet'; label: string }
> = {
  ok: { tone: 'accent', label: 'Within estimate' },
  approaching: { tone: 'neutral', label: 'Near the limit' },
  exceeded: { tone: 'neutral', label: 'Over the limit' },
};

/** What the counselor should know, in plain words, when billing nears the dispute line. */
export function estimateWarningText(
  e: { totalCents: number; billedCents: number; warning: EstimateWarning },
  money: (cents: number) => string,
): string {
  const line = e.totalCents + DISPUTE_MARGIN_CENTS;
  const billed = `${money(e.billedCents)} billed against an estimate of ${money(e.totalCents)}.`;
  return e.warning === 'exceeded'
    ? `${billed} The client may dispute the bill. Give a new estimate if the care has changed.`
    : `${billed} At more than ${money(line)} the client may dispute the bill: give a new estimate if the care has changed.`;
}
