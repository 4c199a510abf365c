/**
 * The only bridge between the sandboxed renderer and main. A sandboxed preload runs as CommonJS
 * and may only require('electron'), so it imports nothing of ours at runtime.
 */
import type { ContextBridge, IpcRenderer } from 'electron';
import type { AccordBridge } from '../shared/api.ts';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a sandboxed preload has no ESM
const { contextBridge, ipcRenderer } = require('electron') as {
  contextBridge: ContextBridge;
  ipcRenderer: IpcRenderer;
};

/** Must equal IPC_CHANNEL in shared/contract.ts (it cannot be imported here); a test checks it. */
const IPC_CHANNEL = 'accord:invoke';

const bridge: AccordBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(IPC_CHANNEL, channel, input),
};

contextBridge.exposeInMainWorld('accord', bridge);
