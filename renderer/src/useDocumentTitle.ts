import { useEffect } from 'react';

/** Names the window after the current screen, which is also what a screen reader announces. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Accord` : 'Accord';
  }, [title]);
}
