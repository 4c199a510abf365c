import { useCallback, useEffect, useRef, useState } from 'react';
import { toShownError, type ShownError } from '../errors.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ShownError };

/**
 * The life of one form's submission: busy while the call runs (a second press is ignored), the
 * error it returned, and focus moved to the first field that needs attention.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError | null>(null);
  const busyRef = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const run = useCallback(async <T>(action: () => Promise<T>): Promise<Outcome<T> | null> => {
    if (busyRef.current) return null;
    busyRef.current = true;
    setBusy(true);
    setError(null);
    try {
      return { ok: true, value: await action() };
    } catch (caught) {
      const shown = toShownError(caught);
      setError(shown);
      return { ok: false, error: shown };
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    if (!error) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error]);

  return { busy, error, setError, run, formRef };
}
