// Property 2 (issue 10): untrusted pipeline files. Whatever the text, `parsePipeline` never throws;
// a rejected file lists problems that each name a path and say what is wrong; an accepted file is
// whole: it plans without throwing and its plan keeps the invariants (./plan-invariants.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomPipeline } from '../../harness/random-pipeline.ts';
import { parsePipeline, planPipeline } from '../../src/model/index.ts';
import { budget, TIMEOUT_MS } from './budget.ts';
import { planViolation } from './plan-invariants.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Checks one input; a message for the first broken promise, or null. */
function verdict(input: unknown): string | null {
  const result = parsePipeline(input);
  if (!result.ok) {
    if (result.problems.length === 0) return 'rejected with no problems';
    for (const p of result.problems)
      if (typeof p.path !== 'string' || typeof p.message !== 'string' || p.message.trim() === '')
        return `problem without path or message: ${JSON.stringify(p)}`;
    return null;
  }
  const violation = planViolation(planPipeline(result.value));
  return violation === null ? null : `accepted, but its plan breaks ${violation}`;
}

/** Every path (keys and indexes) in a JSON value, the root first. */
function paths(
  value: Json,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(at);
  if (at.length > 8) return out; // deep nesting is a replacement value, not a place to mutate
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** Nested arrays and objects; JSON.stringify itself overflows past a few thousand levels, so deeper files are tested as text. */
function deepNest(depth: number, leaf: Json): Json {
  let v: Json = leaf;
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
}

const replacement: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    -1,
    0,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 1,
    2 ** 31,
    '',
    'r0',
    'noSuchOp',
    '__proto__',
    'constructor',
    [],
    {},
    { __proto__: 1 } as Json,
  ),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'parentsOf'; rdd: number; to: number }
  | { kind: 'duplicateId'; rdd: number; to: number }
  | { kind: 'unknownOp'; rdd: number; op: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: replacement }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 1500 }) }),
  fc.record({ kind: fc.constant('parentsOf' as const), rdd: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateId' as const), rdd: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('unknownOp' as const), rdd: fc.nat(), op: fc.string({ maxLength: 12 }) }),
);

/** Applies a mutation in place; cycles and forward references come from `parentsOf`. */
function mutate(doc: { [k: string]: Json }, m: Mutation): void {
  const rdds = doc['rdds'] as { [k: string]: Json }[];
  if (m.kind === 'delete' || m.kind === 'replace' || m.kind === 'nest') {
    const all = paths(doc).slice(1);
    const path = all[m.at % all.length];
    if (!path) return;
    let parent: Json = doc;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string, Json>)[key as string] as Json;
    const key = path[path.length - 1] as string | number;
    if (m.kind === 'replace') (parent as Record<string, Json>)[key] = m.value;
    else if (m.kind === 'nest') (parent as Record<string, Json>)[key] = deepNest(m.depth, 1);
    else if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, Json>)[key];
    return;
  }
  if (!Array.isArray(rdds) || rdds.length === 0) return;
  const r = rdds[m.rdd % rdds.length];
  if (!r || typeof r !== 'object' || Array.isArray(r)) return;
  const other = 'to' in m ? rdds[m.to % rdds.length] : undefined;
  const otherId = other && typeof other === 'object' && !Array.isArray(other) ? other['id'] : 'r0';
  if (m.kind === 'parentsOf') r['parents'] = [otherId ?? null];
  else if (m.kind === 'duplicateId') r['id'] = otherId ?? null;
  else r['op'] = m.op;
}

describe('random and mutated pipeline files', () => {
  it(
    'mutated generator pipelines are rejected with located problems or accepted whole',
    () => {
      fc.assert(
        fc.property(fc.nat(2 ** 31 - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (seed, ms) => {
          const doc = JSON.parse(JSON.stringify(randomPipeline(seed, 0))) as { [k: string]: Json };
          for (const m of ms) mutate(doc, m);
          const text = JSON.stringify(doc);
          expect(verdict(text)).toBeNull();
          expect(verdict(JSON.parse(text))).toBeNull();
        }),
        budget(300),
      );
    },
    TIMEOUT_MS,
  );

  it(
    'arbitrary JSON values and text are rejected with located problems, never a throw',
    () => {
      const text = fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.json({ maxDepth: 4 }),
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ version: 1, rdds: v, actions: v })),
        fc.nat(20).map((d) => '['.repeat(d * 5000)),
      );
      fc.assert(
        fc.property(text, (t) => {
          expect(verdict(t)).toBeNull();
        }),
        budget(300),
      );
      fc.assert(
        fc.property(fc.anything({ maxDepth: 3 }), (v) => {
          expect(verdict(v)).toBeNull();
        }),
        budget(200),
      );
    },
    TIMEOUT_MS,
  );

  it('a file nested 100,000 levels deep is rejected, not a stack overflow', () => {
    const text = `{"version":1,"rdds":[{"id":"a","op":"parallelize","args":{"data":${'['.repeat(100_000)}${']'.repeat(100_000)}}}],"actions":[]}`;
    expect(verdict(text)).toBeNull();
  });
});
