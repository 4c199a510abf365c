import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { AccordError } from '../../../shared/errors.ts';
import type { VaultStatus } from '../../../shared/domain/vault.ts';
import { recordAuditNow, type AuditEntry } from '../audit/audit.ts';
import type { Clock } from '../context.ts';
import { makeBackup } from '../backup/backup.ts';
import { migrate, schemaVersion } from '../db/migrate.ts';
import { SCHEMA_VERSION } from '../db/migrations/index.ts';
import {
  KEY_BYTES,
  mismatchError,
  openEncrypted,
  toKysely,
  type SqliteHandle,
} from '../db/open.ts';
import type { Database } from '../db/schema.ts';
import {
  calibrateKdf,
  deriveKey,
  newRecoveryKey,
  parseRecoveryKey,
  recoveryWrappingKey,
  unwrapKey,
  wrapKey,
  MIN_MEMORY_KIB,
} from './crypto.ts';
import {
  fsyncFile,
  readVaultFile,
  syncDirectory,
  writeVaultFile,
  type VaultFile,
} from './vault-file.ts';

export const DB_FILE = 'accord.db';
export const VAULT_FILE = 'vault.json';

/** Free tries before each further wrong passphrase makes the next try wait longer. */
const FREE_ATTEMPTS = 3;
const MAX_BACKOFF_SECONDS = 300;

interface Open {
  handle: SqliteHandle;
  db: Kysely<Database>;
  key: Buffer;
}

export interface VaultOptions {
  dataDir: string;
  clock: Clock;
  /** How long one key derivation should take on this machine (default about half a second). */
  kdfTargetMs?: number;
  /** Called once the database is open and migrated, before the vault reports unlocked. */
  onOpen?: (db: Kysely<Database>) => Promise<void>;
  /** Called when the vault locks, so nothing that depended on it outlives it. */
  onClose?: () => void;
}

/**
 * The vault owns the database key and the open database. It is the only place that opens or
 * closes accord.db, so "locked" always means: no database handle and no key in memory.
 */
export class Vault {
  readonly dbFile: string;
  readonly vaultFile: string;
  #open: Open | null = null;
  /**
   * Audit events of refused attempts. A refusal changes nothing on disk, so they are written with
   * the next thing that does: an unlock, a correct passphrase, or the lock.
   */
  #deferred: AuditEntry[] = [];
  #strikes = 0;
  #retryAt = 0;
  readonly #options: VaultOptions;

  constructor(options: VaultOptions) {
    this.#options = options;
    this.dbFile = join(options.dataDir, DB_FILE);
    this.vaultFile = join(options.dataDir, VAULT_FILE);
  }

  get isUnlocked(): boolean {
    return this.#open !== null;
  }

  /** The open database; LOCKED while the vault is locked. */
  get db(): Kysely<Database> {
    if (!this.#open) throw lockedError();
    return this.#open.db;
  }

  /** The raw handle, for the few things Kysely cannot say (PRAGMAs, VACUUM INTO). */
  get handle(): SqliteHandle {
    if (!this.#open) throw lockedError();
    return this.#open.handle;
  }

  /** What a backup needs: the live handle, the key to check the copy with, the vault file. */
  backupSource(): { handle: SqliteHandle; key: Buffer; vaultFile: string } {
    const open = this.#requireOpen();
    return { handle: open.handle, key: open.key, vaultFile: this.vaultFile };
  }

  /** Copies a verified backup beside the live database, ready to be put in place. */
  stageRestore(source: string): string {
    this.#requireOpen();
    const staged = `${this.dbFile}.restore`;
    copyFileSync(source, staged);
    fsyncFile(staged);
    return staged;
  }

  /**
   * Puts a staged copy in place of the live database and opens it with the same key. The caller
   * has already kept the current database as a backup; the swap itself is one rename.
   */
  async replaceDatabase(staged: string, event: Omit<AuditEntry, 'at'>): Promise<void> {
    const open = this.#requireOpen();
    const vault = this.#readVault();
    const key = Buffer.from(open.key);
    this.#open = null;
    await open.db.destroy();
    if (open.handle.open) open.handle.close();
    open.key.fill(0);
    for (const suffix of ['-wal', '-shm']) rmSync(`${this.dbFile}${suffix}`, { force: true });
    renameSync(staged, this.dbFile);
    syncDirectory(this.#options.dataDir);
    await this.#openWith(vault, key, [{ ...event, at: this.#now() }]);
  }

  status(): VaultStatus {
    if (this.#open) return { state: 'unlocked', problem: null };
    this.#finishInterruptedSetup();
    const file = readVaultFile(this.vaultFile);
    if (file.kind === 'damaged') return { state: 'locked', problem: damagedError().toShape() };
    if (file.kind === 'ok') return { state: 'locked', problem: null };
    if (existsSync(this.dbFile)) return { state: 'new', problem: missingVaultError().toShape() };
    return { state: 'new', problem: null };
  }

  /** Creates the vault and its database; returns the recovery key, which is never shown again. */
  async setup(passphrase: string): Promise<{ recoveryKey: string }> {
    const status = this.status();
    if (status.state !== 'new') {
      throw new AccordError('VAULT_EXISTS', 'This folder already has a vault. Unlock it instead.');
    }
    if (status.problem) throw missingVaultError();

    const vaultId = randomUUID();
    const dbKey = randomBytes(KEY_BYTES);
    const kdf = await calibrateKdf(this.#options.kdfTargetMs ?? 500);
    const passKey = await deriveKey(passphrase, kdf);
    const recovery = newRecoveryKey();
    const recoverySalt = randomBytes(16);
    const recoveryKey = recoveryWrappingKey(recovery.bytes, recoverySalt);
    const vault: VaultFile = {
      format: 1,
      vaultId,
      createdAt: this.#options.clock.now().toISOString(),
      kdf,
      passphrase: wrapKey(dbKey, passKey, aad(vaultId, 'passphrase')),
      recovery: {
        salt: recoverySalt.toString('base64'),
        key: wrapKey(dbKey, recoveryKey, aad(vaultId, 'recovery')),
      },
    };
    passKey.fill(0);
    recoveryKey.fill(0);
    recovery.bytes.fill(0);

    // Built beside the real names and moved into place last, so an interrupted setup never
    // leaves a database without its vault (see #finishInterruptedSetup).
    const stagedDb = `${this.dbFile}.setup`;
    rmSync(stagedDb, { force: true });
    const handle = openEncrypted(stagedDb, dbKey, { create: true });
    try {
      const db = toKysely(handle);
      await migrate(handle, db);
      await db.insertInto('meta').values({ key: 'vault_id', value: vaultId }).execute();
      await db.destroy();
    } finally {
      if (handle.open) handle.close();
    }
    writeVaultFile(`${this.vaultFile}.setup`, vault);
    renameSync(stagedDb, this.dbFile);
    renameSync(`${this.vaultFile}.setup`, this.vaultFile);
    syncDirectory(this.#options.dataDir);

    await this.#openWith(vault, dbKey, [
      { action: 'vault.setup', entity: 'vault', summary: 'Vault created', at: this.#now() },
    ]);
    return { recoveryKey: recovery.text };
  }

  async unlock(passphrase: string): Promise<void> {
    if (this.#open) return;
    const vault = this.#readVault();
    this.#checkBackoff();
    const passKey = await deriveKey(passphrase, vault.kdf);
    const dbKey = unwrapKey(vault.passphrase, passKey, aad(vault.vaultId, 'passphrase'));
    passKey.fill(0);
    if (!dbKey) {
      this.deferAudit({
        action: 'vault.unlock_failed',
        entity: 'vault',
        summary: 'Wrong passphrase entered',
        at: this.#now(),
      });
      this.#recordFailure();
      throw new AccordError(
        'WRONG_PASSPHRASE',
        'That passphrase does not unlock this vault. Check Caps Lock and try again.',
        { fields: { passphrase: 'That passphrase does not unlock this vault.' } },
      );
    }
    await this.#openWith(vault, dbKey, [
      { action: 'vault.unlock', entity: 'vault', summary: 'Unlocked', at: this.#now() },
    ]);
  }

  async lock(reason = 'by the counselor'): Promise<void> {
    const open = this.#open;
    if (!open) return;
    try {
      await recordAuditNow(open.db, ...this.#deferred, {
        action: 'vault.lock',
        entity: 'vault',
        summary: `Locked ${reason}`,
        at: this.#now(),
      });
      this.#deferred = [];
    } finally {
      this.#open = null;
      this.#options.onClose?.();
      await open.db.destroy();
      if (open.handle.open) open.handle.close();
      open.key.fill(0);
    }
  }

  /**
   * Checks the passphrase of an unlocked vault (to sign, or to close Client view). A wrong one
   * counts toward the same slow-down as a wrong unlock, and is audited with the next write.
   */
  async verifyPassphrase(
    passphrase: string,
    field: { name: string; message: string } = {
      name: 'passphrase',
      message: 'This is not your passphrase.',
    },
  ): Promise<void> {
    const open = this.#requireOpen();
    const vault = this.#readVault();
    this.#checkBackoff();
    const passKey = await deriveKey(passphrase, vault.kdf);
    const check = unwrapKey(vault.passphrase, passKey, aad(vault.vaultId, 'passphrase'));
    passKey.fill(0);
    if (check) {
      check.fill(0);
      await this.#flushDeferred(open.db);
      return;
    }
    this.#recordFailure();
    this.deferAudit({
      action: 'vault.unlock_failed',
      entity: 'vault',
      summary: 'Wrong passphrase entered while unlocked',
      at: this.#now(),
    });
    throw new AccordError('WRONG_PASSPHRASE', 'That is not your passphrase.', {
      fields: { [field.name]: field.message },
    });
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const open = this.#requireOpen();
    await this.verifyPassphrase(current, {
      name: 'currentPassphrase',
      message: 'This is not your current passphrase.',
    });
    await this.#rewrap(this.#readVault(), open.key, next);
    await recordAuditNow(open.db, {
      action: 'vault.passphrase_changed',
      entity: 'vault',
      summary: 'Passphrase changed',
      at: this.#now(),
    });
  }

  /** Opens the vault with the recovery key and sets a new passphrase. */
  async recover(recoveryText: string, next: string): Promise<void> {
    const vault = this.#readVault();
    this.#checkBackoff();
    const recovery = parseRecoveryKey(recoveryText);
    const wrapping =
      recovery && recoveryWrappingKey(recovery, Buffer.from(vault.recovery.salt, 'base64'));
    const dbKey =
      wrapping && unwrapKey(vault.recovery.key, wrapping, aad(vault.vaultId, 'recovery'));
    recovery?.fill(0);
    wrapping?.fill(0);
    if (!dbKey) {
      this.deferAudit({
        action: 'vault.unlock_failed',
        entity: 'vault',
        summary: 'Wrong recovery key entered',
        at: this.#now(),
      });
      this.#recordFailure();
      throw new AccordError(
        'WRONG_RECOVERY_KEY',
        'That recovery key does not open this vault. It is 32 letters and digits in groups of four, as shown when the vault was created.',
        { fields: { recoveryKey: 'That recovery key does not open this vault.' } },
      );
    }
    if (this.#open) await this.lock('to recover access');
    await this.#rewrap(vault, dbKey, next);
    await this.#openWith(vault, dbKey, [
      {
        action: 'vault.recovered',
        entity: 'vault',
        summary: 'Access recovered with the recovery key; new passphrase set',
        at: this.#now(),
      },
    ]);
  }

  async #rewrap(vault: VaultFile, dbKey: Buffer, next: string): Promise<void> {
    const kdf = {
      ...vault.kdf,
      memoryKiB: Math.max(vault.kdf.memoryKiB, MIN_MEMORY_KIB),
      salt: randomBytes(16).toString('base64'),
    };
    const passKey = await deriveKey(next, kdf);
    writeVaultFile(this.vaultFile, {
      ...vault,
      kdf,
      passphrase: wrapKey(dbKey, passKey, aad(vault.vaultId, 'passphrase')),
    });
    passKey.fill(0);
  }

  async #openWith(vault: VaultFile, dbKey: Buffer, events: Omit<AuditEntry, 'entityId'>[]) {
    let handle: SqliteHandle | null = null;
    try {
      handle = openEncrypted(this.dbFile, dbKey, { create: false });
      const stored = handle.prepare(`SELECT value FROM meta WHERE key = 'vault_id'`).get() as
        { value: string } | undefined;
      if (stored && stored.value !== vault.vaultId) throw mismatchError();
      const db = toKysely(handle);
      const found = schemaVersion(handle);
      if (found > 0 && found < SCHEMA_VERSION) {
        // Every migration starts from a verified copy of the database as it was.
        makeBackup(
          { handle, key: dbKey, vaultFile: this.vaultFile },
          join(this.#options.dataDir, 'backups'),
          'before-migration',
          this.#now(),
        );
      }
      await migrate(handle, db);
      await recordAuditNow(db, ...this.#deferred, ...events);
      await this.#options.onOpen?.(db);
      this.#open = { handle, db, key: dbKey };
      this.#deferred = [];
      this.#strikes = 0;
      this.#retryAt = 0;
    } catch (error) {
      if (handle?.open) handle.close();
      dbKey.fill(0);
      throw error;
    }
  }

  #readVault(): VaultFile {
    this.#finishInterruptedSetup();
    const file = readVaultFile(this.vaultFile);
    if (file.kind === 'ok') return file.vault;
    if (file.kind === 'damaged') throw damagedError();
    if (existsSync(this.dbFile)) throw missingVaultError();
    throw new AccordError('VAULT_NOT_SET_UP', 'Accord is not set up yet. Create your vault first.');
  }

  /** Keeps the audit event of a refused attempt until something is written anyway. */
  deferAudit(entry: AuditEntry): void {
    this.#deferred.push(entry);
  }

  /** TOO_MANY_ATTEMPTS while the slow-down after wrong secrets lasts. */
  guard(): void {
    this.#checkBackoff();
  }

  /** A wrong secret other than the passphrase (a PIN): slows the next try and is audited. */
  refuse(entry: AuditEntry): void {
    this.#recordFailure();
    this.deferAudit(entry);
  }

  /** Writes the audit events of refused attempts (see deferAudit). */
  async flushDeferred(): Promise<void> {
    if (this.#open) await this.#flushDeferred(this.#open.db);
  }

  async #flushDeferred(db: Kysely<Database>): Promise<void> {
    if (this.#deferred.length === 0) return;
    await recordAuditNow(db, ...this.#deferred);
    this.#deferred = [];
  }

  /** Each wrong secret past the free tries doubles the wait before the next try. */
  #recordFailure(): void {
    this.#strikes++;
    const over = this.#strikes - FREE_ATTEMPTS;
    if (over > 0) {
      const wait = Math.min(MAX_BACKOFF_SECONDS, 2 ** (over - 1));
      this.#retryAt = this.#now().getTime() + wait * 1000;
    }
  }

  #requireOpen(): Open {
    if (!this.#open) throw lockedError();
    return this.#open;
  }

  #checkBackoff(): void {
    const waitMs = this.#retryAt - this.#now().getTime();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new AccordError(
        'TOO_MANY_ATTEMPTS',
        `Too many wrong tries. Wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
        { retryAfterSeconds: seconds },
      );
    }
  }

  /** Completes or discards a setup that was interrupted between its last two renames. */
  #finishInterruptedSetup(): void {
    const stagedVault = `${this.vaultFile}.setup`;
    if (existsSync(this.vaultFile) || !existsSync(stagedVault)) return;
    if (existsSync(this.dbFile)) renameSync(stagedVault, this.vaultFile);
    else rmSync(stagedVault, { force: true });
  }

  #now(): Date {
    return this.#options.clock.now();
  }
}

function aad(vaultId: string, purpose: 'passphrase' | 'recovery'): string {
  return `accord-vault:${vaultId}:${purpose}`;
}

export function lockedError(): AccordError {
  return new AccordError('LOCKED', 'Accord is locked. Unlock it with your passphrase to continue.');
}

function damagedError(): AccordError {
  return new AccordError(
    'VAULT_DAMAGED',
    'The vault file (vault.json) in this folder is damaged, so Accord cannot read your key. Nothing was changed. Restore vault.json from a backup of this folder.',
  );
}

function missingVaultError(): AccordError {
  return new AccordError(
    'VAULT_MISSING',
    'This folder has an Accord database but its vault file (vault.json) is missing, so it cannot be opened. Nothing was changed or created. Restore vault.json from a backup of this folder.',
  );
}
