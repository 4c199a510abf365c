import type { ReactNode } from 'react';
import './Alert.css';

export interface AlertProps {
  tone: 'error' | 'success' | 'info';
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/**
 * A message box. Errors use role="alert" so they are read out at once; success and information
 * use role="status", which waits for the screen reader to finish what it is saying.
 */
export function Alert({ tone, title, children, className }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={['alert', `alert-${tone}`, className ?? ''].filter(Boolean).join(' ')}
    >
      {title && <p className="alert-title">{title}</p>}
      {children && <div className="alert-body">{children}</div>}
    </div>
  );
}

/**
 * A status line that is always in the page, so a screen reader notices when its text appears
 * ("Saved"). Empty, it takes no space.
 */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <p role="status" className={children ? 'status-message' : 'status-message is-empty'}>
      {children}
    </p>
  );
}
