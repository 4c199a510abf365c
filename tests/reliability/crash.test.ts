import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, expect, test } from 'vitest';
import { createApp } from '../../electron/app/index.ts';
import { PASSPHRASE, tempDir } from '../support/app.ts';
import { RELIABILITY_SCALE } from './scale.ts';

const RUNS = 20 * RELIABILITY_SCALE;
const dataDir = tempDir('accord-crash-');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the child until it has acknowledged at least one write, then kills it at a random moment. */
function runAndKill(start: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['tests/reliability/crash-child.ts', dataDir, PASSPHRASE, String(start)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let lastAck = -1;
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) lastAck = Number(line.slice(4));
      timer ??= setTimeout(() => child.kill('SIGKILL'), Math.random() * 150);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && lastAck >= start) resolve(lastAck);
      else reject(new Error(`child ended without being killed: ${stderr.slice(0, 500)}`));
    });
  });
}

test(`${RUNS} kills with SIGKILL lose no acknowledged write and leave a sound database`, async () => {
  const setup = createApp({ dataDir, kdfTargetMs: 1 });
  await setup.dispatch('vault.setup', { passphrase: PASSPHRASE });
  await setup.close();

  let next = 0;
  for (let run = 0; run < RUNS; run++) {
    const lastAck = await runAndKill(next);
    const app = createApp({ dataDir, kdfTargetMs: 1 });
    const unlocked = await app.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    expect(unlocked.ok).toBe(true);
    expect(app.vault.handle.pragma('integrity_check', { simple: true })).toBe('ok');
    const { count } = app.vault.handle
      .prepare(
        `SELECT count(*) AS count FROM audit_events WHERE action = 'settings.security_updated'`,
      )
      .get() as { count: number };
    // Every acknowledged write is there; at most one more committed before its ack was printed.
    expect(count).toBeGreaterThanOrEqual(lastAck + 1);
    expect(count).toBeLessThanOrEqual(lastAck + 2);
    const verified = await app.dispatch('audit.verify', {});
    expect(verified).toMatchObject({ ok: true, value: { ok: true } });
    await app.close();
    next = count;
  }
});
