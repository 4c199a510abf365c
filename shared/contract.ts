import { z } from 'zod';
import { vaultSchemas, vaultStatus } from './domain/vault.ts';
import { practiceProfile, securitySettings, settings } from './domain/settings.ts';
import { auditListInput, auditPage, auditVerification } from './domain/audit.ts';

/**
 * The one IPC contract. Main validates every input with these schemas, the renderer's forms use
 * the same ones, and the typed client and the handler map are derived from this object, so there
 * is nothing to keep in sync. Channels are named `domain.verb`; only `vault.*` channels answer
 * while the vault is locked.
 */
const empty = z.strictObject({});

export const contract = {
  'vault.status': { input: empty, output: vaultStatus },
  'vault.setup': { input: vaultSchemas.setupInput, output: vaultSchemas.setupOutput },
  'vault.unlock': { input: vaultSchemas.unlockInput, output: empty },
  'vault.lock': { input: empty, output: empty },
  'vault.changePassphrase': { input: vaultSchemas.changeInput, output: empty },
  'vault.recover': { input: vaultSchemas.recoverInput, output: empty },

  'settings.get': { input: empty, output: settings },
  'settings.savePractice': { input: practiceProfile, output: practiceProfile },
  'settings.saveSecurity': { input: securitySettings, output: securitySettings },

  'audit.list': { input: auditListInput, output: auditPage },
  'audit.verify': { input: empty, output: auditVerification },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller sends (defaults not yet applied). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives, after validation. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Channels that answer while the vault is locked. */
export function isOpenWhileLocked(channel: Channel): boolean {
  return channel.startsWith('vault.');
}

/** The name of the single Electron IPC channel that carries every contract call. */
export const IPC_CHANNEL = 'accord:invoke';
