/**
 * One action: the RDDs it creates for itself (`op: null`, its index in `actions`) and the jobs it
 * submits (spark-rules.md §6): one job over every partition for most; `take`'s rounds (R-6.2);
 * `lookup` on a partitioned RDD (one task); `isEmpty` with no job on an RDD without partitions.
 */
import { defaultPartitioner } from '../partitioning/default-partitioner.ts';
import { hashPartition } from '../partitioning/java-hash.ts';
import { allPartitions } from '../lineage/context.ts';
import type { ExpandContext } from '../lineage/context.ts';
import { evaluatePartitions } from '../lineage/evaluation.ts';
import { combineByKey, narrowChild } from '../lineage/steps.ts';
import type { LineageRdd } from '../lineage/types.ts';
import type { ActionSpec } from '../pipeline/types.ts';
import type { Session } from './session.ts';
import { namedRdd } from './session.ts';
import { takeRounds } from './take-rounds.ts';

/** Spark 3.5 defaults: `spark.rdd.limit.initialNumPartitions` = 1, `spark.rdd.limit.scaleUpFactor` = 4. */
export const TAKE_INITIAL_PARTITIONS = 1;
export const TAKE_SCALE_UP_FACTOR = 4;

export function runAction(session: Session, action: ActionSpec, index: number): void {
  const { lineage, scheduler, pipeline } = session;
  const target = namedRdd(session, action.rdd);
  const ctx: ExpandContext = {
    lineage,
    config: pipeline.config,
    scope: { rdd: null, op: action.op, action: index },
    runJob: scheduler.runJob,
  };
  const job = (rdd: LineageRdd, partitions: readonly number[] = allPartitions(rdd.numPartitions)): void =>
    scheduler.runJob({
      finalRddId: rdd.rddId,
      partitions,
      action: action.op,
      rdd: action.rdd,
      trigger: { kind: 'action', index },
    });
  switch (action.op) {
    case 'take':
    case 'first':
    case 'isEmpty': {
      evaluatePartitions(lineage, target);
      if (action.op === 'isEmpty' && target.numPartitions === 0) return;
      const num = action.op === 'take' ? (action.args.num ?? 0) : 1;
      for (const partitions of takeRounds(target.rows, num, TAKE_INITIAL_PARTITIONS, TAKE_SCALE_UP_FACTOR))
        job(target, partitions);
      return;
    }
    case 'top':
    case 'takeOrdered': {
      // RDD.takeOrdered: `if (num == 0 || this.getNumPartitions == 0) Array.empty` (no RDD, no job).
      if ((action.args.num ?? 0) === 0) return;
      evaluatePartitions(lineage, target);
      if (target.numPartitions === 0) return;
      const best = narrowChild(ctx, target, {
        role: `mapPartitions: the ${action.args.num ?? 0} ${action.op === 'top' ? 'largest' : 'smallest'} of each partition`,
        keepsPartitioner: false,
        rows: target.rows.map(() => 1),
      });
      job(best);
      return;
    }
    case 'saveAsTextFile':
      job(
        narrowChild(ctx, target, {
          role: 'mapPartitions: (NullWritable, Text)',
          keepsPartitioner: false,
          rows: target.rows,
        }),
      );
      return;
    case 'countByValue': {
      const paired = narrowChild(ctx, target, {
        role: 'map(v => (v, null))',
        keepsPartitioner: false,
        rows: target.rows,
      });
      job(countByKey(ctx, paired));
      return;
    }
    case 'countByKey':
      job(countByKey(ctx, target));
      return;
    case 'lookup': {
      if (target.partitioner !== null) {
        // `p.getPartition(key)` runs in the driver before any job; a HashPartitioner of 0
        // partitions (defaultPartitioner over inputs with none) divides by zero there
        // (`Utils.nonNegativeMod`), so the action throws and submits no job.
        if (target.partitioner.numPartitions === 0) return;
        const key = action.args.key ?? null;
        const p =
          target.partitioner.type === 'hash' ? hashPartition(key, target.partitioner.numPartitions) : null;
        job(target, [p ?? 0]);
        return;
      }
      const matching = narrowChild(ctx, target, {
        role: 'filter(_._1 == key)',
        keepsPartitioner: true,
        rows: target.rows.map((r) => (r === 0 ? 0 : 'many')),
      });
      job(narrowChild(ctx, matching, { role: 'map(_._2)', keepsPartitioner: false, rows: matching.rows }));
      return;
    }
    default:
      job(target);
  }
}

/** `PairRDDFunctions.countByKey` = `mapValues(_ => 1L).reduceByKey(_ + _)` (then collect). */
function countByKey(ctx: ExpandContext, rdd: LineageRdd): LineageRdd {
  const ones = narrowChild(ctx, rdd, {
    role: 'mapValues(_ => 1L)',
    keepsPartitioner: true,
    rows: rdd.rows,
  });
  const target = defaultPartitioner(ctx.lineage, ctx.config, [ones]);
  return combineByKey(ctx, ones, target.partitioner, target.reason, 'reduceByKey(_ + _)');
}
