import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, test, vi } from 'vitest';
import { IPC_CHANNEL } from '../../shared/contract.ts';

/**
 * The preload runs the way Electron's sandbox runs it: compiled to CommonJS as tsc compiles it,
 * in a fresh context, with a `require` that knows only 'electron'. (vi.mock cannot reach a
 * CommonJS require, so the fake electron is handed to that require instead.)
 */
function loadPreload() {
  const source = readFileSync(new URL('../../electron/preload.cts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: 'preload.cts',
    compilerOptions: { module: ts.ModuleKind.NodeNext, target: ts.ScriptTarget.ES2023 },
  });
  const exposed = new Map<string, unknown>();
  const electron = {
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)),
    },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' })),
      send: vi.fn(),
      on: vi.fn(),
    },
  };
  const required: string[] = [];
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  runInNewContext(outputText, { require: sandboxRequire, module, exports: module.exports });
  return { electron, exposed, required, outputText };
}

describe('preload', () => {
  test('is CommonJS and requires nothing but electron', () => {
    const { required, outputText } = loadPreload();
    expect(required).toEqual(['electron']);
    expect(outputText).not.toMatch(/^\s*import\s/m);
  });

  test('exposes exactly window.accord with one function, invoke', () => {
    const { electron, exposed } = loadPreload();
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect([...exposed.keys()]).toEqual(['accord']);
    const accord = exposed.get('accord') as Record<string, unknown>;
    expect(Object.keys(accord)).toEqual(['invoke']);
    expect(typeof accord.invoke).toBe('function');
  });

  test('invoke forwards channel and input on the contract IPC channel and returns the reply', async () => {
    const { electron, exposed } = loadPreload();
    const accord = exposed.get('accord') as { invoke(c: string, i: unknown): Promise<unknown> };
    await expect(accord.invoke('vault.status', {})).resolves.toEqual({
      ok: true,
      value: 'from main',
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
      IPC_CHANNEL,
      'vault.status',
      {},
    );
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });

  test('its copy of the channel name equals the contract constant', () => {
    const source = readFileSync(new URL('../../electron/preload.cts', import.meta.url), 'utf8');
    const copy = /const IPC_CHANNEL = '([^']+)';/.exec(source)?.[1];
    expect(copy).toBe(IPC_CHANNEL);
  });
});
