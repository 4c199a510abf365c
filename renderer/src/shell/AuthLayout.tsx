import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark.tsx';
import './AuthLayout.css';

/** The quiet, centred page used before the vault is open (setup, unlock, recovery, problems). */
export function AuthLayout({ children, wide }: { children: ReactNode; wide?: boolean }) {
  return (
    <div className="auth">
      <main className={wide ? 'auth-panel auth-panel-wide' : 'auth-panel'}>
        <p className="auth-brand">
          <BrandMark className="brand-mark" />
          <span>Accord</span>
        </p>
        {children}
      </main>
    </div>
  );
}
