import { z } from 'zod';

export const PASSPHRASE_MIN_LENGTH = 12;

export const passphrase = z
  .string('Enter your passphrase.')
  .min(
    PASSPHRASE_MIN_LENGTH,
    `Use at least ${PASSPHRASE_MIN_LENGTH} characters. A few unrelated words make a strong passphrase you can remember.`,
  )
  .max(1024, 'Use at most 1,024 characters.');

/** Any non-empty text: a wrong passphrase is the vault's answer to give, not the form's. */
export const enteredPassphrase = z
  .string('Enter your passphrase.')
  .min(1, 'Enter your passphrase.')
  .max(1024, 'Use at most 1,024 characters.');

export const recoveryKey = z
  .string('Enter your recovery key.')
  .min(1, 'Enter your recovery key.')
  .max(200, 'That is longer than a recovery key.');

export const vaultState = z.enum(['new', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultState>;

export const vaultStatus = z.strictObject({
  state: vaultState,
  /** Set when the data folder is in a state Accord will not touch (damaged or missing vault). */
  problem: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});
export type VaultStatus = z.infer<typeof vaultStatus>;

export const vaultSchemas = {
  setupInput: z.strictObject({ passphrase }),
  setupOutput: z.strictObject({ recoveryKey: z.string() }),
  unlockInput: z.strictObject({ passphrase: enteredPassphrase }),
  changeInput: z.strictObject({ currentPassphrase: enteredPassphrase, newPassphrase: passphrase }),
  recoverInput: z.strictObject({ recoveryKey, newPassphrase: passphrase }),
};

/** A rough strength hint for the setup form; the vault only enforces the minimum length. */
export function passphraseStrength(value: string): 'too short' | 'fair' | 'good' | 'strong' {
  if (value.length < PASSPHRASE_MIN_LENGTH) return 'too short';
  const words = value.trim().split(/\s+/).length;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9\s]/].filter((re) =>
    re.test(value),
  ).length;
  const unique = new Set(value).size;
  if (unique < 6) return 'fair';
  if (value.length >= 20 && (words >= 4 || classes >= 3)) return 'strong';
  if (value.length >= 16 || classes >= 3 || words >= 3) return 'good';
  return 'fair';
}
