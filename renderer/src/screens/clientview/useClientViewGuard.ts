import { useEffect, useRef } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * While the screen faces the client, the window answers to Client view alone: the app's
 * shortcuts never hear a key (they listen on window, after document), browser back (Alt+Left,
 * a mouse's back button) lands on Client view again, and only Ctrl+L / ⌘L still locks. Client view's own controls get their keys
 * first, so typing, Tab and Escape inside a dialog behave as usual. The page's type grows too.
 */
export function useClientViewGuard(onLock: () => void): void {
  const lockRef = useRef(onLock);
  useEffect(() => {
    lockRef.current = onLock;
  }, [onLock]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      event.stopPropagation();
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        if (!event.repeat) lockRef.current();
      } else if (event.altKey && !isTyping(event.target)) {
        // Outside a text box an Alt key has no use here; inside one it may type a character.
        event.preventDefault();
      }
    };
    const stayHere = () => history.pushState(null, '', location.href);
    const root = document.documentElement;

    document.addEventListener('keydown', onKeyDown);
    history.pushState(null, '', location.href);
    window.addEventListener('popstate', stayHere);
    root.classList.add('client-view-root');
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('popstate', stayHere);
      root.classList.remove('client-view-root');
    };
  }, []);
}
