import { passphraseStrength, PASSPHRASE_MIN_LENGTH } from '../../../shared/domain/vault.ts';
import './strength.css';

const WORDS = {
  fair: 'Fair. Another word or two would make it stronger.',
  good: 'Good.',
  strong: 'Strong.',
} as const;

const LEVEL = { 'too short': 1, fair: 2, good: 3, strong: 4 } as const;

/** The live strength hint under a new-passphrase field (empty until something is typed). */
export function strengthHint(value: string) {
  if (!value) return '';
  const strength = passphraseStrength(value);
  return (
    <span className="strength" data-level={LEVEL[strength]}>
      <span className="strength-meter" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </span>
      <span>
        Strength:{' '}
        {strength === 'too short'
          ? `Too short (${value.length} of ${PASSPHRASE_MIN_LENGTH} characters).`
          : WORDS[strength]}
      </span>
    </span>
  );
}
