/**
 * Pass: define every pipeline RDD in program order (lineage expansion, ../lineage/), applying
 * the marks that take effect at definition (persist, checkpoint) and the hints about its data.
 * Operations that run jobs while being defined (sortByKey, zipWithIndex, range partitioners)
 * run them here, through the scheduler, as Spark does.
 *
 * Needs: a parsed pipeline. Guarantees: `session.named` holds every pipeline id.
 */
import { expandOperation } from '../lineage/expand-operation.ts';
import { applyRowHints } from '../lineage/rows.ts';
import type { Session } from './session.ts';
import { namedRdd } from './session.ts';

export function defineRdds(session: Session): void {
  const { pipeline, lineage, scheduler } = session;
  const levels = new Map(pipeline.persist.map((p) => [p.rdd, p.level]));
  const checkpoints = new Set(pipeline.checkpoint.map((c) => c.rdd));
  for (const spec of pipeline.rdds) {
    const parents = spec.parents.map((id) => namedRdd(session, id));
    const ctx = {
      lineage,
      config: pipeline.config,
      scope: { rdd: spec.id, op: spec.op },
      runJob: scheduler.runJob,
    };
    const rdd = expandOperation(ctx, spec, parents);
    if (spec.hints !== undefined) {
      rdd.rows = applyRowHints(rdd.rows, spec.hints);
      if (spec.hints.distinctKeys !== undefined) rdd.distinctKeys = spec.hints.distinctKeys;
    }
    const level = levels.get(spec.id);
    if (level !== undefined) rdd.storageLevel = level;
    if (checkpoints.has(spec.id)) rdd.checkpointMarked = true;
    session.named.set(spec.id, rdd);
  }
}
