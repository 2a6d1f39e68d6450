import { defineConfig } from 'vite';
import { standardDecorators } from './vite.decorators.ts';

export default defineConfig({
  plugins: [standardDecorators()],
  build: { outDir: 'dist', target: 'es2022' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
