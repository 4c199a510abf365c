import { useId, type ReactNode } from 'react';
import './Card.css';

export interface CardProps {
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Heading level inside the page: cards under the page's h1 are h2. */
  level?: 2 | 3;
}

/** A titled region of a page (a <section> named by its heading). */
export function Card({ title, description, children, className, level = 2 }: CardProps) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      className={['card', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <div className="card-header">
        <Heading id={headingId} className="card-title">
          {title}
        </Heading>
        {description && <p className="card-description">{description}</p>}
      </div>
      {children}
    </section>
  );
}
