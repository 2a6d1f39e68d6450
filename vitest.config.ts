import { defineConfig } from 'vitest/config';

// Unit and component tests of the pure layers and the CLI run in Node. Browser suites live in
// their own configs (added with the views) and run in real Chromium.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/view/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
