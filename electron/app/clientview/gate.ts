import { AccordError } from '../../../shared/errors.ts';

/**
 * Client view: the laptop is turned toward one client. While it is open the core itself answers
 * only that client's Client view channels (and lock), so nothing the window asks for can reach
 * another client's record, whatever the window does.
 */
export class ClientViewGate {
  #clientId: number | null = null;
  /** Wrong PINs in a row: past a few, only the passphrase closes Client view. */
  pinStrikes = 0;

  get clientId(): number | null {
    return this.#clientId;
  }

  open(clientId: number): void {
    this.#clientId = clientId;
    this.pinStrikes = 0;
  }

  close(): void {
    this.#clientId = null;
  }

  /** The client whose view is open; FORBIDDEN when none is. */
  requireClient(): number {
    if (this.#clientId === null) {
      throw new AccordError('FORBIDDEN', 'Client view is not open.');
    }
    return this.#clientId;
  }
}

export function closedToCounselorChannels(): AccordError {
  return new AccordError(
    'FORBIDDEN',
    'Client view is open. Only this client’s plan is available until the counselor closes it with the passphrase or PIN.',
  );
}
