import { useEffect, useRef } from 'react';

const ACTIVITY = [
  'keydown',
  'pointerdown',
  'pointermove',
  'wheel',
  'touchstart',
  'scroll',
] as const;

/**
 * Calls `onIdle` once nothing has been typed, clicked or moved for `minutes`. Activity only
 * records a time; the timer re-checks when it fires, so a busy session costs nothing. After the
 * computer sleeps, the overdue timer fires on wake and locks at once.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    const limit = minutes * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const mark = () => {
      last = Date.now();
    };
    const check = () => {
      const idle = Date.now() - last;
      if (idle >= limit) onIdleRef.current();
      else timer = setTimeout(check, limit - idle);
    };
    for (const type of ACTIVITY)
      window.addEventListener(type, mark, { capture: true, passive: true });
    timer = setTimeout(check, limit);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, mark, { capture: true });
    };
  }, [minutes]);
}
