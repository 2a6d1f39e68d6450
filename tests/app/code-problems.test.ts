// The pipeline check's problems under the code sit on the call that made the RDD they name.
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/app/app-state.ts';
import type { ModelApi } from '../../src/app/model-api.ts';
import { parsePipeline, parseSparkCode } from '../../src/model/index.ts';
import { stubModel, twoStep } from './stub-model.ts';

const model: ModelApi = {
  ...stubModel,
  parseCode: (source, language) => parseSparkCode(source, language),
  parsePipeline: (input) => parsePipeline(input),
};

function located(code: string) {
  const app = new AppState(model, twoStep);
  app.typeCode(code);
  const lines = code.split('\n');
  return app.code.diagnostics.map((d) => ({
    at: [d.line, d.column, d.endLine, d.endColumn],
    text: lines[d.line - 1]?.slice(d.column - 1, d.endLine === d.line ? d.endColumn - 1 : undefined),
    message: d.message,
  }));
}

describe('pipeline problems in the code', () => {
  it('an argument over the limit is marked on its call', () => {
    const [problem, ...rest] = located(
      'val a = sc.parallelize(1 to 10)\nval b = a.repartition(3000000)\nb.count()',
    );
    expect(rest).toEqual([]);
    expect(problem?.at[0]).toBe(2);
    expect(problem?.text).toContain('repartition(3000000)');
    expect(problem?.message).toMatch(/^rdds\[1\]\.args\.numPartitions: is 3000000 partitions/);
  });

  it('a problem naming no RDD of the code stays at the start', () => {
    const app = new AppState(model, twoStep);
    app.typeCode('sc.setParallelism');
    expect(app.code.diagnostics.every((d) => d.line >= 1 && d.column >= 1)).toBe(true);
  });
});
