// Lit components use TypeScript's standard decorators on `accessor` fields. Vite's own
// transformer (Oxc) leaves standard decorators in place and no browser runs them yet, so this
// plugin lowers them with esbuild before Vite compiles the file, for view and app sources only.
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

const DECORATED = /@(customElement|property|state|query|queryAll)\b/;

export function standardDecorators(): Plugin {
  return {
    name: 'stagecraft:standard-decorators',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/(view|app)\/.+\.ts$/.test(id) || !DECORATED.test(code)) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: true } },
      });
      return { code: result.code, map: result.map };
    },
  };
}
