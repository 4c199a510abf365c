import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import {
  dataDirFor,
  entryFor,
  relaunchArgs,
  wantsDemo,
  withDemoChannel,
} from '../../electron/demo-mode.ts';
import { APP_ENTRY } from '../../electron/policy.ts';

describe('the --demo switch', () => {
  test('is read from the command line, as npm start -- --demo passes it', () => {
    expect(wantsDemo(['/usr/bin/electron', '.', '--demo'])).toBe(true);
    expect(wantsDemo(['/opt/Accord/accord'])).toBe(false);
    expect(wantsDemo(['/usr/bin/electron', '.', '--demo=no', '--demonstrate'])).toBe(false);
  });

  test('gives the sample practice its own folder, never the counselor’s', () => {
    expect(dataDirFor('/home/c/.config/Accord', false)).toBe(
      join('/home/c/.config/Accord', 'vault'),
    );
    expect(dataDirFor('/home/c/.config/Accord', true)).toBe(join('/home/c/.config/Accord', 'demo'));
  });

  test('marks the page of the sample practice, and only that one', () => {
    expect(entryFor(APP_ENTRY, false)).toBe(APP_ENTRY);
    expect(entryFor(APP_ENTRY, true)).toBe(`${APP_ENTRY}?sample=`);
    expect(entryFor('http://127.0.0.1:5173/', true)).toBe('http://127.0.0.1:5173/?sample=');
  });

  test('restarts with the same arguments plus --demo, once', () => {
    expect(relaunchArgs(['/usr/bin/electron', '.'])).toEqual(['.', '--demo']);
    expect(relaunchArgs(['/usr/bin/electron', '.', '--demo'])).toEqual(['.', '--demo']);
    expect(relaunchArgs(['/opt/Accord/accord', '--no-sandbox'])).toEqual([
      '--no-sandbox',
      '--demo',
    ]);
  });
});

describe('sample.openDemo in the shell', () => {
  test('is answered before the core and restarts after the answer; other channels pass', async () => {
    vi.useFakeTimers();
    try {
      const core = vi.fn(async () => ({ ok: true as const, value: 'from the core' }));
      const openDemo = vi.fn();
      const dispatch = withDemoChannel(core, openDemo);

      await expect(dispatch('sample.openDemo', {})).resolves.toEqual({
        ok: true,
        value: { opening: true },
      });
      expect(core).not.toHaveBeenCalled();
      expect(openDemo).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(openDemo).toHaveBeenCalledOnce();

      await expect(dispatch('vault.status', {})).resolves.toEqual({
        ok: true,
        value: 'from the core',
      });
      // Bad input is the core's to refuse, with its usual message.
      await dispatch('sample.openDemo', { extra: 1 });
      expect(core).toHaveBeenCalledWith('sample.openDemo', { extra: 1 });
      vi.runAllTimers();
      expect(openDemo).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});
