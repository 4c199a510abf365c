import { useRef, useState } from 'react';
import { modifierLabel } from '../../platform.ts';
import { AuthLayout } from '../../shell/AuthLayout.tsx';
import { StatusMessage } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { Checkbox } from '../../ui/Checkbox.tsx';
import { useDocumentTitle } from '../../useDocumentTitle.ts';
import './RecoveryKeyStep.css';

export interface RecoveryKeyStepProps {
  recoveryKey: string;
  onContinue: () => void;
}

export function RecoveryKeyStep({ recoveryKey, onContinue }: RecoveryKeyStepProps) {
  useDocumentTitle('Your recovery key');
  const [saved, setSaved] = useState(false);
  const [copyNote, setCopyNote] = useState('');
  const keyRef = useRef<HTMLDivElement>(null);
  const groups = recoveryKey.split('-');

  const copy = async () => {
    try {
      // Missing outside a secure context, and may be refused without focus or permission.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(recoveryKey);
      setCopyNote('Copied. Paste it somewhere safe now.');
    } catch {
      const selection = window.getSelection();
      if (keyRef.current && selection) selection.selectAllChildren(keyRef.current);
      setCopyNote(
        `Copying is not available here, so the key is selected: press ${modifierLabel}+C to copy it, or write it down.`,
      );
    }
  };

  return (
    <AuthLayout wide>
      <div className="auth-intro">
        <p className="auth-step">Step 2 of 2</p>
        <h1>Your recovery key</h1>
        <p className="lede">
          If you ever forget your passphrase, this key is the only way to open your records. Accord
          shows it this once and cannot show it again.
        </p>
      </div>

      <div className="recovery-key" ref={keyRef} role="group" aria-label="Recovery key">
        {groups.map((group, index) => (
          <span key={index} className="recovery-key-group">
            {group}
            {index < groups.length - 1 && <span className="recovery-key-sep">-</span>}
          </span>
        ))}
      </div>

      <div className="row">
        <Button onClick={copy}>Copy recovery key</Button>
        <StatusMessage>{copyNote}</StatusMessage>
      </div>

      <ul className="recovery-advice">
        <li>
          Write it on paper and keep it with your important documents, or save it in a password
          manager you trust.
        </li>
        <li>Keep it apart from this computer, so that losing one does not lose both.</li>
      </ul>

      <div className="recovery-confirm">
        <Checkbox
          label="I have saved my recovery key somewhere safe"
          checked={saved}
          onChange={(event) => setSaved(event.target.checked)}
        />
        <Button variant="primary" disabled={!saved} onClick={onContinue}>
          Continue
        </Button>
      </div>
    </AuthLayout>
  );
}
