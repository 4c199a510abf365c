import { useEffect, useRef } from 'react';

/**
 * Moves focus to the page's h1 when `view` changes, as Shell does for a new route: switching
 * between a list and a form inside one route is a new page to the counselor too. The first
 * render is left alone: the route change itself focused the heading.
 */
export function useFocusHeading<E extends HTMLElement>(view: string) {
  const ref = useRef<E>(null);
  const shown = useRef(view);
  useEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    ref.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [view]);
  return ref;
}
