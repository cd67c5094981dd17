/** Builds the web UI into web/dist (served by the Fastify server at /); in dev, proxies /api to it. */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(webDir, '..');

export default defineConfig({
  root: webDir,
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: resolve(webDir, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:3000' } },
    // The UI imports pure helpers from src/domain (dates, unit levels), outside web/.
    fs: { allow: [repoRoot] },
  },
});
