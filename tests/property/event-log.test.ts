// Property 4 (issue 10): damaged event logs. Whatever is done to a real Spark log (cut anywhere,
// bytes flipped, lines shuffled or duplicated, fields removed or retyped, huge numbers, deep
// nesting, duplicate ids, compressed bytes damaged), `importEventLog` returns warnings and what it
// could use, or throws its documented ImportError (no usable event, or undecodable); nothing else.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, importEventLog } from '../../src/model/index.ts';
import { REPO_ROOT, SHARED_LOG_NAMES, sharedLogLines } from '../model/event-log/shared-logs.ts';
import { budget, TIMEOUT_MS } from './budget.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Imports bytes; a message when anything but a result or an ImportError comes out. */
async function misbehaviour(bytes: Uint8Array, fileName: string): Promise<string | null> {
  try {
    const result = await importEventLog([bytes], { fileName });
    for (const w of result.warnings)
      if (!Number.isInteger(w.line) || w.line < 0 || typeof w.message !== 'string' || w.message === '')
        return `bad warning ${JSON.stringify(w)}`;
    return null;
  } catch (error) {
    if (error instanceof ImportError) return null;
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)}`;
  }
}

const huge = fc.constantFrom<Json>(1e308, -1e308, 2 ** 64, -(2 ** 63), 2 ** 53 + 2, 1.5, -1, 0);
const wrongType = fc.oneof(
  huge,
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constant<Json>(null),
);

type LineEdit =
  | { kind: 'removeField'; line: number; at: number }
  | { kind: 'retype'; line: number; at: number; value: Json }
  | { kind: 'nest'; line: number; at: number; depth: number }
  | { kind: 'duplicate'; line: number; to: number }
  | { kind: 'swap'; line: number; to: number }
  | { kind: 'drop'; line: number }
  | { kind: 'bigDigits'; line: number; at: number };

const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
  fc.record({ kind: fc.constant('removeField' as const), line: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), line: fc.nat(), at: fc.nat(), value: wrongType }),
  fc.record({
    kind: fc.constant('nest' as const),
    line: fc.nat(),
    at: fc.nat(),
    depth: fc.integer({ min: 1, max: 1500 }),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('drop' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('bigDigits' as const), line: fc.nat(), at: fc.nat() }),
);

/** Every (container, key) inside a JSON value, nested fields included. */
function slots(v: Json, out: [Record<string, Json> | Json[], string | number][] = []): typeof out {
  if (Array.isArray(v))
    v.forEach((x, i) => {
      out.push([v, i]);
      slots(x, out);
    });
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.push([v, k]);
      slots(x, out);
    }
  return out;
}

function deepNest(depth: number): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { 'Job ID': v };
  return v;
}

function applyEdit(lines: string[], e: LineEdit): void {
  if (lines.length === 0) return;
  const i = e.line % lines.length;
  const j = 'to' in e ? e.to % lines.length : i;
  if (e.kind === 'drop') lines.splice(i, 1);
  else if (e.kind === 'bigDigits') {
    // Integers past 2^53 and past 1e308 exist only as text: widen one run of digits in place.
    const line = lines[i] as string;
    const digits = [...line.matchAll(/\d+/g)];
    const m = digits[e.at % Math.max(1, digits.length)];
    if (m?.index !== undefined)
      lines[i] = line.slice(0, m.index) + '9'.repeat(e.at % 2 ? 25 : 400) + line.slice(m.index + m[0].length);
  } else if (e.kind === 'duplicate') lines.splice(j, 0, lines[i] as string);
  else if (e.kind === 'swap') [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
  else {
    let doc: Json;
    try {
      doc = JSON.parse(lines[i] as string) as Json;
    } catch {
      return;
    }
    const all = slots(doc);
    const slot = all[e.at % Math.max(1, all.length)];
    if (!slot) return;
    const [box, key] = slot;
    if (e.kind === 'removeField') {
      if (Array.isArray(box)) box.splice(key as number, 1);
      else delete box[key as string];
    } else (box as Record<string, Json>)[key] = e.kind === 'nest' ? deepNest(e.depth) : e.value;
    lines[i] = JSON.stringify(doc);
  }
}

const logName = fc.constantFrom(...SHARED_LOG_NAMES.filter((n) => n !== 'local-1642039451826'));
const encoder = new TextEncoder();

describe('damaged event logs', () => {
  it(
    'edited lines (fields removed or retyped, huge numbers, deep nesting, duplicates, shuffles) import or throw ImportError',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          logName,
          fc.array(lineEdit, { minLength: 1, maxLength: 12 }),
          async (name, edits) => {
            const lines = sharedLogLines(name);
            for (const e of edits) applyEdit(lines, e);
            expect(await misbehaviour(encoder.encode(lines.join('\n')), 'log')).toBeNull();
          },
        ),
        budget(120),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'logs cut anywhere and with bytes flipped import or throw ImportError',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          logName,
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 40 }),
          async (name, cut, flips) => {
            const bytes = encoder.encode(sharedLogLines(name).join('\n'));
            const damaged = bytes.slice(0, Math.floor(bytes.length * cut));
            for (const [at, b] of flips) if (damaged.length > 0) damaged[at % damaged.length] = b;
            expect(await misbehaviour(damaged, 'log')).toBeNull();
          },
        ),
        budget(120),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'compressed logs cut and with bytes flipped import or throw ImportError',
    async () => {
      const dir = `${REPO_ROOT}/fixtures/eventlogs`;
      const files = [
        'codec-samples/local-1430917381534.zstd',
        'spark-3.5/word-count.lz4',
        'spark-3.5/word-count.lzf',
        'spark-3.5/word-count.snappy',
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...files),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 20 }),
          async (file, cut, flips) => {
            const bytes = new Uint8Array(readFileSync(`${dir}/${file}`));
            const damaged = bytes.slice(0, Math.max(0, Math.floor(bytes.length * cut)));
            for (const [at, b] of flips) if (damaged.length > 0) damaged[at % damaged.length] = b;
            expect(await misbehaviour(damaged, file.split('/').pop() as string)).toBeNull();
          },
        ),
        budget(60),
      );
    },
    TIMEOUT_MS,
  );
});
