/**
 * Applies one composer edit to a pipeline and returns the new pipeline (the old one is left as
 * it was). The result still has to pass `parsePipeline`; the app state checks it before keeping it.
 */
import type { OperationName, Pipeline, RddArgs, RddSpec } from '../model/index.ts';
import type { PipelineEdit } from '../view/index.ts';

/** Arguments a new RDD starts with, so a source is valid the moment it is added. */
const STARTING_ARGS: Partial<Record<OperationName, RddArgs>> = {
  textFile: { path: 'in.txt', minPartitions: 4 },
  parallelize: { length: 100, numSlices: 4 },
  range: { start: 0, end: 1000, numSlices: 4 },
};

/** Names that read like the code people write: `lines`, `words`, `pairs`, `counts`. */
const NAME_HINTS: Partial<Record<OperationName, string>> = {
  textFile: 'lines',
  parallelize: 'data',
  range: 'nums',
  flatMap: 'words',
  map: 'pairs',
  reduceByKey: 'counts',
  groupByKey: 'groups',
  join: 'joined',
  filter: 'kept',
  mapValues: 'values',
  partitionBy: 'parted',
  sortByKey: 'sorted',
  union: 'all',
  distinct: 'uniq',
};

export function freshName(pipeline: Pipeline, op: OperationName): string {
  const used = new Set(pipeline.rdds.map((r) => r.id));
  const base = NAME_HINTS[op] ?? op;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

export function applyEdit(pipeline: Pipeline, edit: PipelineEdit): Pipeline {
  switch (edit.kind) {
    case 'append': {
      const rdd: RddSpec = {
        id: freshName(pipeline, edit.op),
        op: edit.op,
        parents: [...edit.parents],
        args: STARTING_ARGS[edit.op] ?? {},
      };
      return { ...pipeline, rdds: [...pipeline.rdds, rdd] };
    }
    case 'set-args':
      return {
        ...pipeline,
        rdds: pipeline.rdds.map((r) => (r.id === edit.rdd ? { ...r, args: edit.args } : r)),
      };
    case 'rename': {
      const rename = (id: string): string => (id === edit.rdd ? edit.to : id);
      return {
        ...pipeline,
        rdds: pipeline.rdds.map((r) => ({ ...r, id: rename(r.id), parents: r.parents.map(rename) })),
        persist: pipeline.persist.map((p) => ({ ...p, rdd: rename(p.rdd) })),
        checkpoint: pipeline.checkpoint.map((c) => ({ ...c, rdd: rename(c.rdd) })),
        actions: pipeline.actions.map((a) => ({ ...a, rdd: rename(a.rdd) })),
      };
    }
    case 'delete': {
      // Everything derived from the RDD goes with it: a child without its parent cannot be planned.
      const gone = new Set([edit.rdd]);
      for (const r of pipeline.rdds) if (r.parents.some((p) => gone.has(p))) gone.add(r.id);
      return {
        ...pipeline,
        rdds: pipeline.rdds.filter((r) => !gone.has(r.id)),
        persist: pipeline.persist.filter((p) => !gone.has(p.rdd)),
        checkpoint: pipeline.checkpoint.filter((c) => !gone.has(c.rdd)),
        actions: pipeline.actions.filter((a) => !gone.has(a.rdd)),
      };
    }
    case 'persist': {
      const others = pipeline.persist.filter((p) => p.rdd !== edit.rdd);
      return {
        ...pipeline,
        persist: edit.level === null ? others : [...others, { rdd: edit.rdd, level: edit.level }],
      };
    }
    case 'checkpoint': {
      const others = pipeline.checkpoint.filter((c) => c.rdd !== edit.rdd);
      return { ...pipeline, checkpoint: edit.on ? [...others, { rdd: edit.rdd }] : others };
    }
    case 'add-action':
      return { ...pipeline, actions: [...pipeline.actions, { op: edit.op, rdd: edit.rdd, args: edit.args }] };
    case 'remove-action':
      return { ...pipeline, actions: pipeline.actions.filter((_, i) => i !== edit.index) };
  }
}
