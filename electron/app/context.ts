import type { Kysely } from 'kysely';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract.ts';
import type { Database } from './db/schema.ts';
import type { ClientViewGate } from './clientview/gate.ts';
import type { FileDialogs } from './files.ts';
import type { Vault } from './vault/vault.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every handler receives. `db` throws LOCKED while the vault is locked. */
export interface AppContext {
  readonly vault: Vault;
  readonly clock: Clock;
  readonly db: Kysely<Database>;
  readonly files: FileDialogs;
  readonly clientView: ClientViewGate;
}

export type Handler<C extends Channel> = (
  input: ParsedInput<C>,
  ctx: AppContext,
) => Promise<ChannelOutput<C>>;

/** The handlers a domain contributes: exactly its `domain.*` channels, each one required. */
export type DomainHandlers<D extends string> = {
  [C in Extract<Channel, `${D}.${string}`>]: Handler<C>;
};
