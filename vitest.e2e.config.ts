import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (`vite build`, served by `vite preview` on a free port) driven
// by playwright-core in Debian's Chromium. The global setup builds once and serves for all files.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
