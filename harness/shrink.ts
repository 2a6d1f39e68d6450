/**
 * Shrinks a failing random pipeline to a smaller one that still fails: repeatedly proposes every
 * one-step reduction (drop an action; drop an RDD nothing else reads, with its actions and marks;
 * drop a persist or checkpoint mark; drop an argument), keeps the first that still runs cleanly on
 * Spark and still disagrees with the planner, and stops when no reduction does.
 */
import type { RawPipeline } from './random-pipeline.ts';

/** Runs candidates and says, for each, whether it still fails in the same way. */
export type StillFails = (candidates: readonly RawPipeline[]) => Promise<readonly boolean[]>;

export function reductions(p: RawPipeline): RawPipeline[] {
  const out: RawPipeline[] = [];
  const clone = (): RawPipeline => JSON.parse(JSON.stringify(p)) as RawPipeline;
  if (p.actions.length > 1) {
    p.actions.forEach((_, i) => {
      const c = clone();
      c.actions.splice(i, 1);
      out.push(c);
    });
  }
  const read = new Set(p.rdds.flatMap((r) => r.parents ?? []));
  for (const r of p.rdds) {
    if (read.has(r.id)) continue;
    const c = clone();
    c.rdds = c.rdds.filter((x) => x.id !== r.id);
    c.actions = c.actions.filter((a) => a.rdd !== r.id);
    c.persist = c.persist.filter((m) => m.rdd !== r.id);
    c.checkpoint = c.checkpoint.filter((m) => m.rdd !== r.id);
    if (c.actions.length > 0) out.push(c);
  }
  p.persist.forEach((_, i) => {
    const c = clone();
    c.persist.splice(i, 1);
    out.push(c);
  });
  if (p.checkpoint.length > 0) {
    const c = clone();
    c.checkpoint = [];
    out.push(c);
  }
  p.rdds.forEach((r, i) => {
    for (const key of Object.keys(r.args ?? {})) {
      if (['length', 'numSlices', 'start', 'end', 'step', 'path', 'command', 'zeroValue'].includes(key))
        continue;
      const c = clone();
      delete c.rdds[i]?.args?.[key];
      out.push(c);
    }
  });
  return out;
}

/**
 * Greedy: each round tries the reductions in batches of `batch` (one JVM each), largest cut
 * first, and takes the first that still fails; it stops when a whole round finds none.
 */
export async function shrink(
  failing: RawPipeline,
  stillFails: StillFails,
  batch = 8,
  maxRounds = 80,
): Promise<RawPipeline> {
  let current = failing;
  const size = (p: RawPipeline): number => p.rdds.length + p.actions.length + p.persist.length;
  for (let round = 0; round < maxRounds; round++) {
    const candidates = reductions(current).sort((a, b) => size(a) - size(b));
    let next: RawPipeline | undefined;
    for (let i = 0; i < candidates.length && !next; i += batch) {
      const slice = candidates.slice(i, i + batch);
      const verdicts = await stillFails(slice);
      next = slice.find((_, k) => verdicts[k]);
    }
    if (!next) break;
    current = next;
  }
  return current;
}
