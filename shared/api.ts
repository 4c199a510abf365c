import { AccordError, type Result } from './errors.ts';
import type { Channel, ChannelInput, ChannelOutput } from './contract.ts';

/** What the preload exposes as `window.accord`, and what the test harness binds in its place. */
export interface AccordBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

/** A typed client over the bridge: returns the value, or throws the `AccordError` it received. */
export function createClient(bridge: AccordBridge) {
  return async function call<C extends Channel>(
    channel: C,
    ...args: Record<string, never> extends ChannelInput<C>
      ? [input?: ChannelInput<C>]
      : [input: ChannelInput<C>]
  ): Promise<ChannelOutput<C>> {
    const result = await bridge.invoke(channel, args[0] ?? {});
    if (!result.ok) throw AccordError.from(result.error);
    return result.value as ChannelOutput<C>;
  };
}
export type AccordClient = ReturnType<typeof createClient>;
