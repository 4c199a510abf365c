import { useEffect, useRef } from 'react';
import type { ViewName } from './ScheduleCalendar.tsx';

export interface ScheduleKeys {
  newAppointment: () => void;
  view: (view: ViewName) => void;
  previous: () => void;
  next: () => void;
}

const VIEW_KEYS: Record<string, ViewName> = {
  d: 'timeGridDay',
  w: 'timeGridWeek',
  m: 'dayGridMonth',
};

const NOT_TYPED = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** Letters typed into a field are text, not commands; a radio or checkbox takes no text. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The schedule's own keys (listed in the help panel): N books, D / W / M switch the view, Page Up
 * and Page Down move a day, week or month. Never while typing, and never behind an open dialog.
 */
export function useScheduleKeys(handlers: ScheduleKeys): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  }, [handlers]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      const view = VIEW_KEYS[key];
      if (key === 'n') ref.current.newAppointment();
      else if (view) ref.current.view(view);
      else if (event.key === 'PageUp') ref.current.previous();
      else if (event.key === 'PageDown') ref.current.next();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
