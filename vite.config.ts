import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
// @ts-expect-error plain JS module shared with the build scripts
import { precompressPlugin } from './scripts/precompress.js';

export default defineConfig({
  root: 'client',
  plugins: [react(), precompressPlugin()],
  build: { outDir: '../dist', emptyOutDir: true },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/sync': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
