import type { ReactNode } from 'react';
import './DetailList.css';

export interface Detail {
  term: string;
  /** Empty details show a quiet dash, so a missing value reads as missing, not as a bug. */
  detail: ReactNode;
}

export function DetailList({ items, className }: { items: readonly Detail[]; className?: string }) {
  return (
    <dl className={['detail-list', className ?? ''].filter(Boolean).join(' ')}>
      {items.map(({ term, detail }) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{detail === '' || detail === null ? <None /> : detail}</dd>
        </div>
      ))}
    </dl>
  );
}

function None() {
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="sr-only">None</span>
    </span>
  );
}
