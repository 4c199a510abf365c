import './Pager.css';

export interface PagerProps {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  /** Names the navigation landmark, e.g. "Audit log pages". */
  label: string;
}

export function Pager({ page, pageCount, onPage, label }: PagerProps) {
  // aria-disabled keeps focus on "Next" when it reaches the last page instead of dropping it.
  const first = page <= 1;
  const last = page >= pageCount;
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={first || undefined}
        onClick={() => !first && onPage(page - 1)}
      >
        <span aria-hidden="true">←</span> Previous
      </button>
      <p className="pager-position" aria-live="polite">
        Page {page} of {pageCount}
      </p>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={last || undefined}
        onClick={() => !last && onPage(page + 1)}
      >
        Next <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
