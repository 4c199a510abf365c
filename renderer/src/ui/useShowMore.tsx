import { useState, type ReactNode } from 'react';
import { Button } from './Button.tsx';

/**
 * A long list shows its first `limit` items and a button for the rest, so one busy card does
 * not push the rest of a screen out of sight.
 */
export function useShowMore<T>(
  items: readonly T[],
  limit: number,
  noun: string,
): { visible: readonly T[]; showMore: ReactNode } {
  const [all, setAll] = useState(false);
  const hidden = all ? 0 : Math.max(0, items.length - limit);
  return {
    visible: hidden > 0 ? items.slice(0, limit) : items,
    showMore:
      hidden > 0 ? (
        <Button variant="quiet" className="button-small" onClick={() => setAll(true)}>
          Show {hidden} more {noun}
        </Button>
      ) : null,
  };
}
