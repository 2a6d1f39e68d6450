// The snippet corpus: each corpus/NAME.scala or NAME.py with its hand-written NAME.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeLanguage } from '../../../src/model/index.ts';

const dir = join(import.meta.dirname, 'corpus');

export const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.scala') || f.endsWith('.py'))
  .sort()
  .map((file) => ({
    file,
    language: (file.endsWith('.py') ? 'python' : 'scala') as CodeLanguage,
    source: readFileSync(join(dir, file), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, file.replace(/\.(scala|py)$/, '.json')), 'utf8')) as unknown,
  }));
