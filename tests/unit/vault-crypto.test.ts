import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  newRecoveryKey,
  parseRecoveryKey,
  unwrapKey,
  wrapKey,
} from '../../electron/app/vault/crypto.ts';
import { isValidNpi } from '../../shared/domain/settings.ts';
import { passphraseStrength } from '../../shared/domain/vault.ts';

describe('vault crypto', () => {
  test('a wrapped key opens only with the same wrapping key and purpose', () => {
    const key = randomBytes(32);
    const wrapping = randomBytes(32);
    const wrapped = wrapKey(key, wrapping, 'accord-vault:v1:passphrase');
    expect(unwrapKey(wrapped, wrapping, 'accord-vault:v1:passphrase')).toEqual(key);
    expect(unwrapKey(wrapped, randomBytes(32), 'accord-vault:v1:passphrase')).toBeNull();
    expect(unwrapKey(wrapped, wrapping, 'accord-vault:v1:recovery')).toBeNull();
    const tampered = { ...wrapped, ciphertext: Buffer.from(randomBytes(32)).toString('base64') };
    expect(unwrapKey(tampered, wrapping, 'accord-vault:v1:passphrase')).toBeNull();
  });

  test('recovery keys carry 160 bits, grouped for copying, and survive hand-typing', () => {
    const { bytes, text } = newRecoveryKey();
    expect(bytes).toHaveLength(20);
    expect(text).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect(parseRecoveryKey(text)).toEqual(bytes);
    expect(parseRecoveryKey(` ${text.toLowerCase().replaceAll('-', ' ')} `)).toEqual(bytes);
    expect(parseRecoveryKey(text.replaceAll('0', 'O').replaceAll('1', 'l'))).toEqual(bytes);
    expect(parseRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey(`${text.slice(0, -1)}U`)).toBeNull();
  });
});

describe('form rules shared by both sides', () => {
  test('NPI check digit', () => {
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('123456789')).toBe(false);
  });

  test('passphrase strength hint', () => {
    expect(passphraseStrength('short')).toBe('too short');
    expect(passphraseStrength('aaaaaaaaaaaaaaaa')).toBe('fair');
    expect(passphraseStrength('correct horse battery staple')).toBe('strong');
    expect(passphraseStrength('quiet river 42')).toBe('good');
  });
});
