import { useCallback, useEffect, useState } from 'react';
import type { PlanState } from '../../../../shared/domain/care.ts';
import { call } from '../../api.ts';
import { toShownError, type ShownError } from '../../errors.ts';

/** A client's plan as the core has it: current version, history, reviews and ratings. */
export function usePlanState(clientId: number) {
  const [state, setState] = useState<PlanState | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    call('plans.get', { clientId }).then(
      (value) => {
        if (!live) return;
        setState(value);
        setError(null);
      },
      (caught: unknown) => live && setError(toShownError(caught)),
    );
    return () => {
      live = false;
    };
  }, [clientId, loads]);

  const reload = useCallback(() => setLoads((n) => n + 1), []);
  return { state, setState, error, reload };
}
