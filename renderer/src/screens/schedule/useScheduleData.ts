import { useCallback, useEffect, useState } from 'react';
import type { ScheduleRange } from '../../../../shared/domain/scheduling.ts';
import type { Service } from '../../../../shared/domain/services.ts';
import { call } from '../../api.ts';
import { toShownError } from '../../errors.ts';

export interface DayRange {
  from: string;
  to: string;
}

/**
 * The sessions and time off of the days on screen. The last answer stays shown while the next
 * range loads, so moving a week ahead never flashes an empty calendar.
 */
export function useScheduleRange(range: DayRange | null) {
  const [data, setData] = useState<ScheduleRange | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const from = range?.from;
  const to = range?.to;

  useEffect(() => {
    if (!from || !to) return;
    let live = true;
    call('schedule.range', { from, to }).then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(null);
      },
      (caught: unknown) => live && setError(toShownError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [from, to, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload };
}

/** The services a session can be booked as: active ones that stand on their own (no add-ons). */
export function useBookableServices() {
  const [services, setServices] = useState<Service[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('services.list', { includeInactive: false }).then(
      (value) => live && setServices(value.services.filter((s) => !s.isAddOn)),
      (caught: unknown) => live && setError(toShownError(caught).message),
    );
    return () => {
      live = false;
    };
  }, []);
  return { services, error };
}
