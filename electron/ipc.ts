import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Dispatch } from './app/dispatch.ts';
import { IPC_CHANNEL, isChannel } from '../shared/contract.ts';
import type { Result } from '../shared/errors.ts';
import { logError, logNotice } from './log.ts';
import { originOf } from './origin.ts';

/** The parts of an IPC event that say who sent it. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Only the top frame of the app's own window, showing the app's own origin, may call the core.
 * A subframe, a page navigated elsewhere, another window or a frame already gone is refused.
 */
export function isTrustedSender(
  event: SenderEvent,
  expected: WebContents | null | undefined,
  trustedOrigin: string,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !expected || expected.isDestroyed()) return false;
  if (event.sender !== expected || frame.parent !== null) return false;
  // Compared by id rather than by object: a frame's JS wrapper is not promised to be unique.
  if (frame.frameTreeNodeId !== expected.mainFrame.frameTreeNodeId) return false;
  return originOf(frame.url) === trustedOrigin;
}

export const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'This request did not come from Accord and was refused.' },
};

const INTERNAL: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message:
      'Something went wrong and nothing was saved. Try again; if it keeps happening, restart Accord.',
  },
};

export interface IpcOptions {
  dispatch: Dispatch;
  /** The app window's WebContents; null before it exists and after it closes. */
  appContents: () => WebContents | null;
  trustedOrigin: string;
}

export type IpcHandler = (
  event: SenderEvent,
  channel: unknown,
  input: unknown,
) => Promise<Result<unknown>>;

export function createIpcHandler({ dispatch, appContents, trustedOrigin }: IpcOptions): IpcHandler {
  return async (event, channel, input) => {
    if (!isTrustedSender(event, appContents(), trustedOrigin)) {
      logNotice('ipc: refused a request from outside the app window');
      return FORBIDDEN;
    }
    try {
      return await dispatch(channel, input);
    } catch (error) {
      // dispatch returns failures as data; this only catches a bug in that promise, and an
      // Error thrown across IPC would reach the renderer with its message and stack.
      logError(`ipc ${isChannel(channel) ? channel : '?'}`, error);
      return INTERNAL;
    }
  };
}

/** The single IPC entry point; returns a function that removes it. */
export function registerIpc(options: IpcOptions): () => void {
  ipcMain.handle(IPC_CHANNEL, createIpcHandler(options));
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
