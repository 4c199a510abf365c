import { useEffect, useRef } from 'react';
import { AuthLayout } from '../../shell/AuthLayout.tsx';
import { Button } from '../../ui/Button.tsx';
import { useDocumentTitle } from '../../useDocumentTitle.ts';

export interface ProblemScreenProps {
  message: string;
  /** Asks the vault again, after the counselor has restored the file. */
  onCheckAgain: () => void;
}

/** The data folder is in a state Accord will not touch: explain, and offer nothing that writes. */
export function ProblemScreen({ message, onCheckAgain }: ProblemScreenProps) {
  useDocumentTitle('Accord cannot open your records');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <AuthLayout wide>
      <div className="auth-intro">
        <h1 ref={heading} tabIndex={-1}>
          Accord cannot open your records
        </h1>
        <p className="lede lede-strong">{message}</p>
      </div>
      <p className="prose">
        Your records have not been changed. Once the file is back in place, check again. If you need
        help, keep this folder exactly as it is and contact whoever looks after your backups.
      </p>
      <div className="row">
        <Button variant="primary" onClick={onCheckAgain}>
          Check again
        </Button>
      </div>
    </AuthLayout>
  );
}
