#!/usr/bin/env node
/**
 * `npm run dev`: Vite serves the renderer with hot module replacement and Electron loads it.
 * `npm run dev` compiles main first; after changing electron/ files, stop and start it again.
 *
 * The dev server answers on loopback only and sends the production CSP loosened just enough for
 * Vite (electron/dev-policy.ts). Main honours ACCORD_DEV_URL only when not packaged.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';
import { devContentSecurityPolicy, inlineScriptHash } from '../electron/dev-policy.ts';

let policy = "default-src 'none'";

/** Sends the CSP on every dev-server response, the index page included. */
const devCspPlugin = {
  name: 'accord-dev-csp',
  configureServer(server) {
    server.middlewares.use((_req, res, next) => {
      res.setHeader('Content-Security-Policy', policy);
      next();
    });
  },
};

const server = await createServer({
  server: { host: '127.0.0.1', strictPort: false },
  plugins: [devCspPlugin],
});
await server.listen();

const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('Vite did not report a local URL.');
// The React Refresh preamble is the one inline script in dev; it is allowed by its hash only.
const preamble = react.preambleCode.replace('__BASE__', server.config.base);
policy = devContentSecurityPolicy(new URL(url), [inlineScriptHash(preamble)]);
server.printUrls();

// Required late: resolving the binary path is the first thing that needs Electron installed.
const electronBinary = createRequire(import.meta.url)('electron');
const env = { ...process.env, ACCORD_DEV_URL: url };
delete env.ELECTRON_RUN_AS_NODE;
// Arguments after `npm run dev --` reach the app, so `npm run dev -- --demo` opens the sample.
const electron = spawn(electronBinary, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env });

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (electron.exitCode === null && electron.signalCode === null) electron.kill('SIGTERM');
  await server.close();
  process.exit(code);
}

electron.on('exit', (code) => void stop(code ?? 0));
electron.on('error', (error) => {
  console.error(`Electron did not start: ${error.message}`);
  void stop(1);
});
process.on('SIGINT', () => void stop(130));
process.on('SIGTERM', () => void stop(143));
