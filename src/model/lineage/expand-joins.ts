/**
 * Expansion of cogroup, the joins, intersection, subtract and subtractByKey (§2.6): a
 * `CoGroupedRDD`/`SubtractedRDD` in which each parent decides on its own whether it is read
 * narrowly or shuffled.
 */
import type { Partitioner } from '../partitioning/partitioner.ts';
import { partitionerName, samePartitioner } from '../partitioning/partitioner.ts';
import type { RddSpec } from '../pipeline/types.ts';
import type { Reason } from '../plan/planned.ts';
import type { ExpandContext } from './context.ts';
import { evaluatePartitions } from './evaluation.ts';
import { reason } from './reasons.ts';
import { shuffledRows } from './rows.ts';
import { explicitPartitioner, shuffleTarget } from './shuffle-target.ts';
import { dependencyReason, narrowChild } from './steps.ts';
import type { LineageRdd } from './types.ts';

export const JOIN_OPERATIONS: ReadonlySet<string> = new Set([
  'cogroup',
  'join',
  'leftOuterJoin',
  'rightOuterJoin',
  'fullOuterJoin',
  'intersection',
  'subtract',
  'subtractByKey',
]);

/** `CoGroupedRDD.getDependencies` / `SubtractedRDD.getDependencies`: OneToOne if the parent's partitioner equals `part`, else a shuffle. */
function grouped(
  ctx: ExpandContext,
  className: 'CoGroupedRDD' | 'SubtractedRDD',
  parents: readonly LineageRdd[],
  partitioner: Partitioner,
  partitionerReason: Reason,
): LineageRdd {
  return ctx.lineage.create(ctx.scope, {
    className,
    role:
      className === 'CoGroupedRDD' ? 'cogroup of the inputs' : 'keys of the first input not in the second',
    numPartitions: partitioner.numPartitions,
    partitioner,
    partitionerReason,
    deps: parents.map((p) => {
      const why = dependencyReason(ctx.scope.op, p, partitioner);
      const narrow = why.code === 'narrow.samePartitioner';
      return {
        parent: p.rddId,
        type: narrow ? ('OneToOne' as const) : ('Shuffle' as const),
        reason: why,
        mapping: narrow ? { kind: 'oneToOne' as const } : { kind: 'shuffle' as const },
      };
    }),
    rows: shuffledRows(
      parents.map((p) => p.rows),
      partitioner.numPartitions,
    ),
  });
}

/** `PairRDDFunctions.cogroup`: CoGroupedRDD, then mapValues. */
function cogroup(ctx: ExpandContext, spec: RddSpec, parents: readonly LineageRdd[]): LineageRdd {
  const target = shuffleTarget(ctx, spec.args, parents);
  const cg = grouped(ctx, 'CoGroupedRDD', parents, target.partitioner, target.reason);
  return narrowChild(ctx, cg, {
    role: 'mapValues: typed groups',
    keepsPartitioner: true,
    rows: cg.rows,
  });
}

function mapToPair(ctx: ExpandContext, rdd: LineageRdd, role: string): LineageRdd {
  return narrowChild(ctx, rdd, { role, keepsPartitioner: false, rows: rdd.rows });
}

export function expandJoin(ctx: ExpandContext, spec: RddSpec, parents: readonly LineageRdd[]): LineageRdd {
  const [a, b] = parents as [LineageRdd, LineageRdd];
  switch (spec.op) {
    case 'cogroup':
      return cogroup(ctx, spec, parents);
    case 'intersection': {
      // this.map(v => (v, null)).cogroup(other.map(v => (v, null))).filter(both sides).keys
      const left = mapToPair(ctx, a, 'map(v => (v, null))');
      const right = mapToPair(ctx, b, 'map(v => (v, null))');
      const groupedValues = cogroup(ctx, spec, [left, right]);
      const kept = narrowChild(ctx, groupedValues, {
        role: 'filter: present on both sides',
        keepsPartitioner: true,
        rows: groupedValues.rows.map((r) => (r === 0 ? 0 : 'many')),
      });
      return narrowChild(ctx, kept, { role: 'keys', keepsPartitioner: false, rows: kept.rows });
    }
    case 'subtract': {
      // subtract(other) = subtract(other, partitioner.getOrElse(new HashPartitioner(partitions.length)))
      const target = subtractPartitioner(
        ctx,
        a,
        explicitPartitioner(ctx, spec.args, a) ?? receiverPartitioner(ctx, a),
      );
      const left = mapToPair(ctx, a, 'map(x => (x, null))');
      const right = mapToPair(ctx, b, 'map((_, null))');
      const subtracted = grouped(ctx, 'SubtractedRDD', [left, right], target.partitioner, target.reason);
      return narrowChild(ctx, subtracted, {
        role: 'keys',
        keepsPartitioner: false,
        rows: subtracted.rows,
      });
    }
    case 'subtractByKey': {
      const target = explicitPartitioner(ctx, spec.args, a) ?? receiverPartitioner(ctx, a);
      return grouped(ctx, 'SubtractedRDD', [a, b], target.partitioner, target.reason);
    }
    default: {
      // join and the outer joins: cogroup(other, partitioner).flatMapValues(…)
      const values = cogroup(ctx, spec, parents);
      return narrowChild(ctx, values, {
        role: `flatMapValues: the ${spec.op} pairs`,
        keepsPartitioner: true,
        rows: values.rows.map((r) => (r === 0 ? 0 : 'many')),
      });
    }
  }
}

/**
 * `RDD.subtract(other, p)`: when the receiver is already partitioned by `p` (`partitioner ==
 * Some(p)`), Spark keys the rows as `(x, null)` and shuffles them with `p2`, an anonymous
 * Partitioner of `p.numPartitions` that applies `p` to the first element of the pair. `p2`
 * equals only itself, so the SubtractedRDD's partitioner is a custom one (found by the
 * conformance harness on Spark 3.5.9; `Partitioner.scala` has no equals for it).
 */
function subtractPartitioner(
  ctx: ExpandContext,
  receiver: LineageRdd,
  chosen: { partitioner: Partitioner; reason: Reason },
): { partitioner: Partitioner; reason: Reason } {
  if (!samePartitioner(receiver.partitioner, chosen.partitioner)) return chosen;
  const partitioner = ctx.lineage.newPartitioner('custom', chosen.partitioner.numPartitions);
  return {
    partitioner,
    reason: reason('partitioner.subtractDetupled', {
      partitioner: partitionerName(chosen.partitioner),
      numPartitions: partitioner.numPartitions,
    }),
  };
}

/** `self.partitioner.getOrElse(new HashPartitioner(self.partitions.length))` (§2.6). */
function receiverPartitioner(
  ctx: ExpandContext,
  receiver: LineageRdd,
): { partitioner: Partitioner; reason: Reason } {
  if (receiver.partitioner !== null) {
    return {
      partitioner: receiver.partitioner,
      reason: reason('partitioner.receiver', { partitioner: partitionerName(receiver.partitioner) }),
    };
  }
  evaluatePartitions(ctx.lineage, receiver);
  const partitioner = ctx.lineage.newPartitioner('hash', receiver.numPartitions);
  return {
    partitioner,
    reason: reason('partitioner.receiver', { partitioner: partitionerName(partitioner) }),
  };
}
