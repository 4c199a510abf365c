import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { hashRaw, type Algorithm } from '@node-rs/argon2';

export interface KdfParams {
  algorithm: 'argon2id';
  version: 19;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: string;
}

export interface Wrapped {
  iv: string;
  ciphertext: string;
  tag: string;
}

/** OWASP's floor for Argon2id memory; the issue asks for at least 64 MiB. */
export const MIN_MEMORY_KIB = 64 * 1024;
const MIN_ITERATIONS = 3;
const MAX_ITERATIONS = 200;

export async function deriveKey(passphrase: string, params: KdfParams): Promise<Buffer> {
  return hashRaw(passphrase.normalize('NFC'), {
    algorithm: 2 as Algorithm.Argon2id, // a const enum, which verbatimModuleSyntax cannot import
    version: 1,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: 32,
    salt: Buffer.from(params.salt, 'base64'),
  });
}

/**
 * Picks Argon2id parameters for this machine: 64 MiB, and as many passes as fit in `targetMs`
 * (about half a second), so unlocking stays quick here while guessing stays expensive.
 */
export async function calibrateKdf(targetMs: number): Promise<KdfParams> {
  const probe: KdfParams = {
    algorithm: 'argon2id',
    version: 19,
    memoryKiB: MIN_MEMORY_KIB,
    iterations: MIN_ITERATIONS,
    parallelism: 1,
    salt: randomBytes(16).toString('base64'),
  };
  const timed = async (params: KdfParams) => {
    const started = performance.now();
    await deriveKey('calibration', params);
    return Math.max(performance.now() - started, 1);
  };
  await timed(probe); // the first run pays for warming up
  // Passes cost time roughly in proportion: estimate from a short run, then correct once.
  const estimate = Math.round(
    (MIN_ITERATIONS * targetMs) / Math.min(await timed(probe), await timed(probe)),
  );
  const first = clampIterations(estimate);
  const iterations = Math.round(
    (first * targetMs) / (await timed({ ...probe, iterations: first })),
  );
  return {
    ...probe,
    iterations: clampIterations(iterations),
    salt: randomBytes(16).toString('base64'),
  };
}

function clampIterations(n: number): number {
  return Math.min(MAX_ITERATIONS, Math.max(MIN_ITERATIONS, n));
}

export function wrapKey(key: Buffer, wrappingKey: Buffer, aad: string): Wrapped {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the key, or null when the wrapping key (or the data) is wrong. */
export function unwrapKey(wrapped: Wrapped, wrappingKey: Buffer, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      wrappingKey,
      Buffer.from(wrapped.iv, 'base64'),
    );
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(wrapped.ciphertext, 'base64')),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}

// Crockford's base32: no I, L, O or U, so a key copied by hand is hard to get wrong.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20; // 160 bits

export function newRecoveryKey(): { bytes: Buffer; text: string } {
  const bytes = randomBytes(RECOVERY_KEY_BYTES);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = RECOVERY_KEY_BYTES * 8 - 5; i >= 0; i -= 5)
    chars += ALPHABET[Number((bits >> BigInt(i)) & 31n)];
  const groups = Array.from({ length: chars.length / 4 }, (_, i) => chars.slice(i * 4, i * 4 + 4));
  return { bytes, text: groups.join('-') };
}

/** Reads a recovery key as typed: any case, spaces or dashes, O for 0 and I or L for 1. */
export function parseRecoveryKey(text: string): Buffer | null {
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (chars.length !== (RECOVERY_KEY_BYTES * 8) / 5) return null;
  let bits = 0n;
  for (const c of chars) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) return null;
    bits = (bits << 5n) | BigInt(v);
  }
  const bytes = Buffer.alloc(RECOVERY_KEY_BYTES);
  for (let i = RECOVERY_KEY_BYTES - 1; i >= 0; i--) {
    bytes[i] = Number(bits & 0xffn);
    bits >>= 8n;
  }
  return bytes;
}

export function recoveryWrappingKey(recovery: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recovery, salt, 'accord recovery key wrap', 32));
}
