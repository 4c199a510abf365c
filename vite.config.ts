import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./renderer'),
  // Relative URLs, so the same build loads from app://accord/ in Electron and from any test origin.
  base: './',
  plugins: [react()],
  build: {
    outDir: here('./dist-renderer'),
    emptyOutDir: true,
    // The CSP allows data: for images only; keep every asset a real file so nothing else needs it.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
