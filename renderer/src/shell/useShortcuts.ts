import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  lock: () => void;
  help: () => void;
  /** Alt+T: the Today screen. */
  today: () => void;
  /** Alt+S: the schedule. */
  schedule: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The global shortcuts (listed in the help panel). Ctrl+L / ⌘L works everywhere, even while
 * typing: locking must never wait for the counselor to leave a field.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  }, [handlers]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        ref.current.lock();
      } else if (event.key === '?' && !mod && !event.altKey && !isTyping(event.target)) {
        event.preventDefault();
        ref.current.help();
      } else if (event.altKey && !mod && !event.shiftKey && !isTyping(event.target)) {
        // event.code, not event.key: on a Mac, Option+T types "†".
        const go = { KeyT: ref.current.today, KeyS: ref.current.schedule }[event.code];
        if (!go) return;
        event.preventDefault();
        go();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
