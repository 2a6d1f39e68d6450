import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { standardDecorators } from './vite.decorators.ts';

// Component tests of src/view in real Chromium (Debian's /usr/bin/chromium, driven by Playwright).
// No animation waits: components render synchronously once `updateComplete` resolves.
export default defineConfig({
  plugins: [standardDecorators()],
  // Component screenshots for people to look at go to /tmp/shots (tests/view/flow-view).
  server: { fs: { allow: ['.', '/tmp/shots'] } },
  // Pre-bundle what the components import, so Vite does not discover it mid-run and reload.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'd3',
      'codemirror',
      '@codemirror/state',
      '@codemirror/view',
      '@codemirror/language',
      '@codemirror/lint',
      '@codemirror/legacy-modes/mode/clike',
      '@codemirror/legacy-modes/mode/python',
      'svgcanvas',
    ],
  },
  test: {
    include: ['tests/view/**/*.test.ts'],
    testTimeout: 30_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
