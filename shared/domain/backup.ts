import { z } from 'zod';

export const backupSettings = z.strictObject({
  /** The folder the counselor chose (an external drive, a synced folder); null until chosen. */
  folder: z.string().nullable(),
  /** Back up once a day, when Accord is unlocked. */
  daily: z.boolean(),
});
export type BackupSettings = z.infer<typeof backupSettings>;
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: null, daily: true };

export const backupEntry = z.strictObject({
  name: z.string(),
  createdAt: z.string().nullable(),
  reason: z.string().nullable(),
  /** The manifest is present and readable; a full check happens before a restore. */
  intact: z.boolean(),
  counts: z.record(z.string(), z.number().int()),
  bytes: z.number().int().nullable(),
});
export type BackupEntry = z.infer<typeof backupEntry>;

export const backupState = z.strictObject({
  settings: backupSettings,
  backups: z.array(backupEntry),
});
export type BackupState = z.infer<typeof backupState>;

export const backupName = z
  .string()
  .regex(
    /^accord-backup-\d{8}-\d{6}(?:-(daily|before-migration|before-restore))?\.db$/,
    'Choose a backup from the list.',
  );
