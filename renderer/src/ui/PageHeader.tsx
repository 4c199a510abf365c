import type { ReactNode } from 'react';
import './PageHeader.css';

export interface PageHeaderProps {
  title: string;
  /** The section the page belongs to, shown small above the title. */
  eyebrow?: string;
  description?: ReactNode;
}

/** The top of a page. Its h1 takes focus when the page opens (tabIndex -1), see Shell. */
export function PageHeader({ title, eyebrow, description }: PageHeaderProps) {
  return (
    <header className="page-header">
      {eyebrow && <p className="page-eyebrow">{eyebrow}</p>}
      <h1 tabIndex={-1}>{title}</h1>
      {description && <p className="page-description">{description}</p>}
    </header>
  );
}
