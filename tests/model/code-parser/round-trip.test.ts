// Generated code parses back to the pipeline it came from: parse(generate(p)) equals p, in both
// languages, for every fixture in fixtures/pipelines/ and every pipeline of the snippet corpus.
// Every pipeline the parser produces from the corpus also passes the pipeline restore step.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSparkCode, parsePipeline, parseSparkCode } from '../../../src/model/index.ts';
import type { CodeLanguage, Pipeline } from '../../../src/model/index.ts';
import { corpus } from './corpus.ts';

const fixtureDir = join(import.meta.dirname, '../../../fixtures/pipelines');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => {
    const parsed = parsePipeline(readFileSync(join(fixtureDir, file), 'utf8'));
    return { file, parsed };
  });

/**
 * The one normalisation: a call with several functions keeps them as `f, g`; a file that writes
 * `(f, g)` (fixtures/pipelines/range-aggregates.json) is written as code without the outer
 * parentheses, the only valid spelling, and reads back as `f, g`.
 */
const MULTI_FUNCTION = new Set(['aggregate', 'aggregateByKey', 'combineByKey']);

function canonical(pipeline: Pipeline): Pipeline {
  const strip = <T extends { readonly op: string; readonly code?: string }>(entry: T): T => {
    const code = entry.code;
    if (!MULTI_FUNCTION.has(entry.op) || code === undefined || !/^\((.*,.*)\)$/s.test(code)) return entry;
    const inner = code.slice(1, -1);
    let depth = 0;
    for (const c of inner) {
      depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      if (depth < 0) return entry;
    }
    return { ...entry, code: inner.trim() };
  };
  return { ...pipeline, rdds: pipeline.rdds.map(strip), actions: pipeline.actions.map(strip) };
}

function expectRoundTrip(pipeline: Pipeline, language: CodeLanguage): void {
  const { code } = generateSparkCode(pipeline, language);
  const back = parseSparkCode(code, language);
  expect(
    back.diagnostics.filter((d) => d.severity === 'error'),
    code,
  ).toEqual([]);
  expect(back.pipeline, code).toEqual(canonical(pipeline));
}

describe('round trip through generated code', () => {
  it('finds the fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  for (const { file, parsed } of fixtures) {
    for (const language of ['scala', 'python'] as const) {
      it(`fixture ${file} survives generation as ${language}`, () => {
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expectRoundTrip(parsed.value, language);
      });
    }
  }

  for (const c of corpus) {
    const pipeline = parseSparkCode(c.source, c.language).pipeline;
    for (const language of ['scala', 'python'] as const) {
      it(`corpus ${c.file} survives generation as ${language}`, () => expectRoundTrip(pipeline, language));
    }
    it(`corpus ${c.file} parses to a pipeline that parsePipeline accepts unchanged`, () => {
      const checked = parsePipeline(JSON.parse(JSON.stringify(pipeline)));
      expect(checked.ok ? [] : checked.problems).toEqual([]);
      if (checked.ok) expect(checked.value).toEqual(pipeline);
    });
  }
});
