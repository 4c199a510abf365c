import type { z } from 'zod';
import {
  contract,
  isChannel,
  isOpenInClientView,
  isOpenWhileLocked,
  type Channel,
  type ChannelOutput,
} from '../../shared/contract.ts';
import { AccordError, type Result } from '../../shared/errors.ts';
import type { AppContext, Handler } from './context.ts';
import { closedToCounselorChannels } from './clientview/gate.ts';
import { lockedError } from './vault/vault.ts';

export type Handlers = { [C in Channel]: Handler<C> };

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Check every result against the contract's output schema (on in tests). */
  checkOutputs?: boolean;
  /** Where unexpected failures are reported. Receives no record data, only the error's kind. */
  onInternalError?: (channel: string, error: unknown) => void;
}

/**
 * The only way in: the channel must exist, the vault must be unlocked (except for `vault.*`), the
 * input must match the channel's schema exactly, and every failure comes back as data.
 */
export function createDispatch(
  handlers: Handlers,
  ctx: AppContext,
  options: DispatchOptions = {},
): Dispatch {
  return async (channel, input) => {
    try {
      if (!isChannel(channel)) {
        throw new AccordError('UNKNOWN_CHANNEL', 'Accord does not know that request.');
      }
      if (!isOpenWhileLocked(channel) && !ctx.vault.isUnlocked) throw lockedError();
      if (ctx.clientView.clientId !== null && !isOpenInClientView(channel)) {
        throw closedToCounselorChannels();
      }
      const parsed = contract[channel].input.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error);
      const handler = handlers[channel] as Handler<Channel>;
      const value: ChannelOutput<Channel> = await handler(parsed.data as never, ctx);
      if (options.checkOutputs) contract[channel].output.parse(value);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AccordError) return { ok: false, error: error.toShape() };
      options.onInternalError?.(typeof channel === 'string' ? channel : '?', error);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message:
            'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Accord.',
        },
      };
    }
  };
}

export function validationError(error: z.ZodError): AccordError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        fields[[...issue.path, key].join('.')] ??= 'Accord does not know this field.';
    } else {
      fields[path] ??= issue.message;
    }
  }
  const count = Object.keys(fields).length;
  return new AccordError(
    'VALIDATION',
    count === 1 ? 'One detail needs attention.' : `${count} details need attention.`,
    { fields },
  );
}
