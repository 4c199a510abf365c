import { useCallback, useEffect, useState } from 'react';
import type { ShownError } from '../../errors.ts';

/**
 * After too many wrong tries the vault asks for a pause; the form's button stays inactive until
 * it is over, so a press cannot look like one more wrong try.
 */
export function useRetryWait() {
  const [until, setUntil] = useState(0);

  useEffect(() => {
    if (!until) return;
    const timer = setTimeout(() => setUntil(0), Math.max(0, until - Date.now()));
    return () => clearTimeout(timer);
  }, [until]);

  const noteError = useCallback((error: ShownError) => {
    if (error.code === 'TOO_MANY_ATTEMPTS' && error.retryAfterSeconds) {
      setUntil(Date.now() + error.retryAfterSeconds * 1000);
    }
  }, []);

  return { waiting: until > 0, noteError };
}
