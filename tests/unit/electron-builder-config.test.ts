import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../build/electron-builder.config.cjs') as Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[]; entitlements: string };
};

describe('electron-builder config', () => {
  test('is valid for the installed electron-builder', async () => {
    // The same schema check `electron-builder` runs before it packages anything.
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as {
      DebugLogger: new (on: boolean) => unknown;
    };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  test('names the app and packs only the built output', () => {
    expect(config.appId).toBe('app.accord.desktop');
    expect(config.productName).toBe('Accord');
    expect(config.files).toEqual(['dist-electron/**', 'dist-renderer/**', 'package.json']);
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  test('targets AppImage and deb, NSIS and DMG', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.entitlements).toBe('build/entitlements.mac.plist');
  });

  test('grants the macOS app only the JIT entitlement V8 needs', () => {
    const plist = readFileSync(
      new URL('../../build/entitlements.mac.plist', import.meta.url),
      'utf8',
    );
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });

  test('flips every fuse that turns the binary into something other than Accord', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
