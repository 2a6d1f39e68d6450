// A stand-in for the model in app tests: a pipeline "plans" to one RDD per pipeline RDD with
// one-to-one dependencies and one job per action. Enough to test state, history and URLs
// without depending on the real planner's answers.
import type { ParseResult, Pipeline, Plan } from '../../src/model/index.ts';
import type { CodeParse, ModelApi } from '../../src/app/model-api.ts';

export function stubParse(input: unknown): ParseResult<Pipeline> {
  const value = input as Partial<Pipeline> | null;
  if (typeof value !== 'object' || value === null || value.version !== 1 || !Array.isArray(value.rdds)) {
    return { ok: false, problems: [{ path: '', message: 'not a pipeline file' }] };
  }
  const ids = new Set<string>();
  for (const [i, rdd] of value.rdds.entries()) {
    for (const [j, parent] of (rdd.parents ?? []).entries()) {
      if (!ids.has(parent))
        return {
          ok: false,
          problems: [{ path: `rdds[${i}].parents[${j}]`, message: `unknown RDD "${parent}"` }],
        };
    }
    ids.add(rdd.id);
  }
  return {
    ok: true,
    warnings: [],
    value: {
      version: 1,
      config: { defaultParallelism: 8 },
      persist: [],
      checkpoint: [],
      actions: [],
      ...value,
    } as Pipeline,
  };
}

export function stubPlan(pipeline: Pipeline): Plan {
  const index = new Map(pipeline.rdds.map((r, i) => [r.id, i]));
  return {
    version: 1,
    rdds: pipeline.rdds.map((r, i) => ({
      rddId: i,
      class: 'MapPartitionsRDD',
      op: r.id,
      numPartitions: 2,
      partitioner: null,
      deps: r.parents.map((p) => ({
        rddId: index.get(p) ?? 0,
        type: 'OneToOne' as const,
        reason: { code: 'stub', params: {} },
      })),
      scope: { rdd: r.id, op: r.op },
      role: r.op,
      storageLevel: null,
      checkpointed: false,
    })),
    jobs: pipeline.actions.map((a, i) => ({
      jobId: i,
      action: a.op,
      rdd: a.rdd,
      stages: [],
      trigger: { kind: 'action' as const, index: i },
      finalRddId: index.get(a.rdd) ?? 0,
    })),
  };
}

/** Code: each line `name = op(parent)`; a line that does not match is an error at its column 1. */
export function stubParseCode(source: string): CodeParse {
  const rdds: { id: string; op: string; parents: string[]; args: object }[] = [];
  const diagnostics: CodeParse['diagnostics'][number][] = [];
  source.split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    const m = /^(\w+) = (\w+)\((\w*)\)$/.exec(text.trim());
    if (!m)
      diagnostics.push({
        line: i + 1,
        column: 1,
        endLine: i + 1,
        endColumn: text.length + 1,
        severity: 'error',
        message: `cannot read "${text}"`,
      });
    else rdds.push({ id: m[1]!, op: m[2]!, parents: m[3] ? [m[3]] : [], args: {} });
  });
  return {
    pipeline: {
      version: 1,
      config: { defaultParallelism: 8 },
      rdds,
      persist: [],
      checkpoint: [],
      actions: [],
    } as unknown as Pipeline,
    diagnostics,
    spans: { rdds: {} },
  };
}

export const stubModel: ModelApi = {
  parsePipeline: stubParse,
  planPipeline: stubPlan,
  toPlanOutput: (plan) => ({ version: 1, rdds: plan.rdds, jobs: plan.jobs }),
  describeReason: (reason) => reason.code,
  parseCode: (source) => stubParseCode(source),
  generateCode: (pipeline) => ({
    code: pipeline.rdds.map((r) => `${r.id} = ${r.op}(${r.parents.join('')})`).join('\n'),
    spans: { rdds: {} },
  }),
};

export const twoStep: Pipeline = {
  version: 1,
  name: 'Two steps',
  config: { defaultParallelism: 8 },
  rdds: [
    { id: 'lines', op: 'textFile', parents: [], args: { path: 'in.txt' } },
    { id: 'words', op: 'flatMap', parents: ['lines'], args: {} },
  ],
  persist: [],
  checkpoint: [],
  actions: [{ op: 'count', rdd: 'words', args: {} }],
};
