import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const wrapped = z.strictObject({ iv: b64, ciphertext: b64, tag: b64 });

/**
 * vault.json: the database key, wrapped twice (by the passphrase and by the recovery key).
 * It holds no secret in the clear; without it the database cannot be opened.
 */
export const vaultFileSchema = z.strictObject({
  format: z.literal(1),
  vaultId: z.uuid(),
  createdAt: z.string(),
  kdf: z.strictObject({
    algorithm: z.literal('argon2id'),
    version: z.literal(19),
    memoryKiB: z
      .number()
      .int()
      .min(8 * 1024)
      .max(4 * 1024 * 1024),
    iterations: z.number().int().min(1).max(1000),
    parallelism: z.number().int().min(1).max(16),
    salt: b64,
  }),
  passphrase: wrapped,
  recovery: z.strictObject({ salt: b64, key: wrapped }),
});
export type VaultFile = z.infer<typeof vaultFileSchema>;

export type VaultFileRead =
  { kind: 'absent' } | { kind: 'damaged' } | { kind: 'ok'; vault: VaultFile };

export function readVaultFile(file: string): VaultFileRead {
  if (!existsSync(file)) return { kind: 'absent' };
  try {
    const parsed = vaultFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? { kind: 'ok', vault: parsed.data } : { kind: 'damaged' };
  } catch {
    return { kind: 'damaged' };
  }
}

/** Writes a file so that a crash leaves either the old or the new content, never half of one. */
export function writeFileAtomic(file: string, content: string | Buffer): void {
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  syncDirectory(dirname(file));
}

/** Flushes a file's bytes to the disk before it is renamed into place. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeVaultFile(file: string, vault: VaultFile): void {
  writeFileAtomic(file, `${JSON.stringify(vault, null, 2)}\n`);
}
