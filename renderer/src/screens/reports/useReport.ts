import { useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/contract.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';

type ReportChannel = Extract<Channel, 'reports.aging' | 'reports.income' | 'reports.yearEnd'>;

type Answer<C extends ReportChannel> =
  | { key: string; report: ChannelOutput<C>; error: null }
  | { key: string; report: null; error: ShownError };

/**
 * Loads a report whenever its inputs change; null inputs (a half-typed date) are not sent. A
 * refused input (a range that ends before it starts) comes back in the core's own words, per
 * field. The last report stays on screen while the next loads, marked busy, so nothing flickers.
 */
export function useReport<C extends ReportChannel>(
  channel: C,
  input: ChannelInput<C> | null,
): { report: ChannelOutput<C> | null; error: ShownError | null; busy: boolean } {
  const [answer, setAnswer] = useState<Answer<C> | null>(null);
  // The inputs' values, not their identity: a new object with the same values is the same report.
  const key = JSON.stringify([channel, input]);

  useEffect(() => {
    if (input === null) return;
    let live = true;
    call(channel, input).then(
      (report) => live && setAnswer({ key, report, error: null }),
      (caught: unknown) => live && setAnswer({ key, report: null, error: toShownError(caught) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return {
    report: answer?.report ?? null,
    error: answer?.error ?? null,
    busy: input !== null && answer?.key !== key,
  };
}
