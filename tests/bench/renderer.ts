import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchApp } from '../e2e/harness.ts';
import { unlock, waitForUnlockScreen } from '../e2e/steps.ts';

export interface RendererFigures {
  /** Milliseconds from the core's answer to vault.unlock to the Today screen painted with its data. */
  firstPaintAfterUnlockMs: number[];
  /** First contentful paint of the lock screen on a cold load (Performance API). */
  lockScreenFcpMs: number | null;
  jsBytes: number;
  jsGzipBytes: number;
  jsFiles: number;
}

/** The renderer's JavaScript as built in dist-renderer (what Electron loads). */
export function bundleSize(
  dist: string,
): Pick<RendererFigures, 'jsBytes' | 'jsGzipBytes' | 'jsFiles'> {
  const files = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  let jsBytes = 0;
  let jsGzipBytes = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dist, 'assets', f));
    jsBytes += bytes.length;
    jsGzipBytes += gzipSync(bytes).length;
  }
  return { jsBytes, jsGzipBytes, jsFiles: files.length };
}

/**
 * Opens the built renderer in Chromium on the benchmark's vault (the e2e harness: the same core,
 * reached through window.accord) and unlocks it `runs` times. Each time, a mutation observer in
 * the page notes the first frame in which the Today screen shows its data; the time counted
 * starts when the core has answered vault.unlock, so the key derivation is not in it.
 */
export async function measureRenderer(
  dataDir: string,
  passphrase: string,
  runs: number,
): Promise<Omit<RendererFigures, 'jsBytes' | 'jsGzipBytes' | 'jsFiles'>> {
  const launched = await launchApp({ dataDir });
  const { page, core } = launched;
  try {
    await waitForUnlockScreen(page);
    const lockScreenFcpMs = (await page.evaluate(
      `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null`,
    )) as number | null;
    let unlockedAt = 0;
    const dispatch = core.dispatch;
    core.dispatch = async (channel, input) => {
      const result = await dispatch(channel, input);
      if (channel === 'vault.unlock') unlockedAt = Date.now();
      return result;
    };
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      // In-page code as text: this file is type-checked without the DOM's types.
      await page.evaluate(`(() => {
        delete window.__paintedAt;
        const ready = () => /\\b20\\d\\d\\./.test(document.querySelector('main')?.textContent ?? '');
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          // The frame after the DOM change is the one that shows it.
          requestAnimationFrame(() => setTimeout(() => (window.__paintedAt = Date.now()), 0));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      })()`);
      await unlock(page, passphrase);
      // Polled from here (the page's CSP forbids the eval waitForFunction uses); the time itself
      // was taken in the page, so the polling does not add to it.
      let paintedAt: number | undefined;
      for (let waited = 0; paintedAt === undefined && waited < 10_000; waited += 10) {
        await new Promise((done) => setTimeout(done, 10));
        paintedAt = (await page.evaluate('window.__paintedAt')) as number | undefined;
      }
      if (paintedAt === undefined) throw new Error('the Today screen did not show its data');
      times.push(paintedAt - unlockedAt);
      await page.getByRole('button', { name: 'Lock Accord' }).click();
      await waitForUnlockScreen(page);
    }
    return { firstPaintAfterUnlockMs: times, lockScreenFcpMs };
  } finally {
    await launched.close();
  }
}
