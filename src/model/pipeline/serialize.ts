/**
 * `serializePipeline`: a pipeline as the pretty, stable JSON of its file format. Keys come in the
 * spec's order and empty optional lists are left out, so the text round-trips through
 * `parsePipeline` to an equal value.
 */
import type { Pipeline } from './types.ts';

export function serializePipeline(pipeline: Pipeline): string {
  const file: Record<string, unknown> = { version: 1 };
  if (pipeline.name !== undefined) file.name = pipeline.name;
  file.config = pipeline.config;
  file.rdds = pipeline.rdds.map((r) => ({
    id: r.id,
    op: r.op,
    ...(r.parents.length > 0 ? { parents: r.parents } : {}),
    ...(Object.keys(r.args).length > 0 ? { args: r.args } : {}),
    ...(r.code === undefined ? {} : { code: r.code }),
    ...(r.hints === undefined ? {} : { hints: r.hints }),
  }));
  if (pipeline.persist.length > 0) file.persist = pipeline.persist;
  if (pipeline.checkpoint.length > 0) file.checkpoint = pipeline.checkpoint;
  file.actions = pipeline.actions.map((a) => ({
    op: a.op,
    rdd: a.rdd,
    ...(Object.keys(a.args).length > 0 ? { args: a.args } : {}),
    ...(a.thread === undefined ? {} : { thread: a.thread }),
    ...(a.pool === undefined ? {} : { pool: a.pool }),
    ...(a.code === undefined ? {} : { code: a.code }),
  }));
  return `${JSON.stringify(file, null, 2)}\n`;
}
