import type { ReactNode } from 'react';
import './Figures.css';

export interface FiguresProps {
  /** Names the figures as a region of the page (a landmark), like "Billing summary". */
  label?: string;
  className?: string;
  children: ReactNode;
}

/** A screen's key figures, as a description list of tiles (see Figure). */
export function Figures({ label, className, children }: FiguresProps) {
  const list = (
    <dl className={['figures', className ?? ''].filter(Boolean).join(' ')}>{children}</dl>
  );
  return label ? <section aria-label={label}>{list}</section> : list;
}

export interface FigureProps {
  term: ReactNode;
  value: ReactNode;
  /** A line under the value: what it is made of, or what it means. */
  note?: ReactNode;
}

/** One tile: what is counted, the amount, and a note. */
export function Figure({ term, value, note }: FigureProps) {
  return (
    <div className="figure">
      <dt>{term}</dt>
      <dd>
        <span className="figure-value">{value}</span>
        {note && <span className="figure-note">{note}</span>}
      </dd>
    </div>
  );
}
