/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const contracts = fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@claimline/contracts': contracts } },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  // Maps for debugging a build, referenced by no file and not served (the API refuses *.map).
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: 'hidden' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
