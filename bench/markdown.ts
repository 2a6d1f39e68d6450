/** `tsx bench/markdown.ts`: bench/results.json as the Markdown table of README's Performance section. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entry } from './entry.ts';
import { markdownTable } from './table.ts';

const file = join(dirname(fileURLToPath(import.meta.url)), 'results.json');
const results = JSON.parse(readFileSync(file, 'utf8')) as { cases: Entry[] };
console.log(markdownTable(results.cases));
