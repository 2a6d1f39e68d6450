/**
 * Expansion of union, cartesian, zip, zipPartitions, coalesce and repartition (spark-rules.md
 * §2.3, §2.5, R-4.4).
 */
import { partitionerName, samePartitioner } from '../partitioning/partitioner.ts';
import type { RddSpec } from '../pipeline/types.ts';
import type { ExpandContext } from './context.ts';
import { evaluatePartitions } from './evaluation.ts';
import { reason } from './reasons.ts';
import { opaqueRows, shuffledRows } from './rows.ts';
import { narrowChild } from './steps.ts';
import type { LineageRdd, RowCount } from './types.ts';

/** `SparkContext.union`: drop empty inputs, then PartitionerAwareUnionRDD if they share one partitioner, else UnionRDD. */
export function union(ctx: ExpandContext, parents: readonly LineageRdd[]): LineageRdd {
  for (const p of parents) evaluatePartitions(ctx.lineage, p);
  const inputs = parents.filter((p) => p.numPartitions > 0);
  const first = inputs[0]?.partitioner ?? null;
  const shared = first !== null && inputs.every((p) => samePartitioner(p.partitioner, first));
  if (shared) {
    const n = first.numPartitions;
    const rows: RowCount[] = [];
    for (let i = 0; i < n; i++) {
      let sum: RowCount = 0;
      for (const p of inputs) {
        const r = p.rows[i] ?? 0;
        sum = sum === 'many' || r === 'many' ? 'many' : sum + r;
      }
      rows.push(sum);
    }
    return ctx.lineage.create(ctx.scope, {
      className: 'PartitionerAwareUnionRDD',
      role: 'union of inputs with the same partitioner',
      numPartitions: n,
      partitioner: first,
      deps: inputs.map((p) => ({
        parent: p.rddId,
        type: 'OneToOne' as const,
        reason: reason('narrow.partitionerAwareUnion', { partitioner: partitionerName(first) }),
        mapping: { kind: 'oneToOne' as const },
      })),
      rows,
    });
  }
  ctx.lineage.checkPartitions(inputs.reduce((sum, p) => sum + p.numPartitions, 0));
  let position = 0;
  const deps = inputs.map((p) => {
    const dep = {
      parent: p.rddId,
      type: 'Range' as const,
      reason: reason('narrow.union', { inputs: inputs.length }),
      mapping: { kind: 'range' as const, outStart: position, length: p.numPartitions },
    };
    position += p.numPartitions;
    return dep;
  });
  return ctx.lineage.create(ctx.scope, {
    className: 'UnionRDD',
    role: 'union: the inputs’ partitions side by side',
    numPartitions: position,
    partitioner: null,
    deps,
    rows: inputs.flatMap((p) => p.rows),
  });
}

export function cartesian(ctx: ExpandContext, a: LineageRdd, b: LineageRdd): LineageRdd {
  evaluatePartitions(ctx.lineage, b); // CartesianRDD's constructor reads rdd2.partitions.length
  ctx.lineage.checkPartitions(a.numPartitions * b.numPartitions);
  const rows: RowCount[] = [];
  for (const x of a.rows)
    for (const y of b.rows) rows.push(x === 0 || y === 0 ? 0 : x === 'many' || y === 'many' ? 'many' : x * y);
  const dep = (parent: LineageRdd, side: 0 | 1) => ({
    parent: parent.rddId,
    type: 'Narrow' as const,
    reason: reason('narrow.cartesian', { input: side + 1 }),
    mapping: { kind: 'cartesian' as const, side, rightPartitions: b.numPartitions },
  });
  return ctx.lineage.create(ctx.scope, {
    className: 'CartesianRDD',
    role: 'cartesian: every pair of partitions',
    numPartitions: a.numPartitions * b.numPartitions,
    partitioner: null,
    deps: [dep(a, 0), dep(b, 1)],
    rows,
  });
}

/** `zip` and `zipPartitions`: ZippedPartitionsRDD2/3/4 with a OneToOne per parent. */
export function zipped(ctx: ExpandContext, spec: RddSpec, parents: readonly LineageRdd[]): LineageRdd {
  const first = parents[0] as LineageRdd;
  const keeps = spec.op === 'zipPartitions' && spec.args.preservesPartitioning === true;
  return ctx.lineage.create(ctx.scope, {
    className: `ZippedPartitionsRDD${parents.length}`,
    role: spec.op === 'zip' ? 'zip: (a_i, b_i)' : 'zipPartitions(f)',
    numPartitions: first.numPartitions,
    partitioner: keeps ? first.partitioner : null,
    deps: parents.map((p) => ({
      parent: p.rddId,
      type: 'OneToOne' as const,
      reason: reason('narrow.zip'),
      mapping: { kind: 'oneToOne' as const },
    })),
    rows: spec.op === 'zip' ? first.rows : opaqueRows(first.rows),
  });
}

/**
 * `DefaultPartitionCoalescer` without locality: group i takes parent partitions
 * [i·P/n, (i+1)·P/n) (`setupGroups`, the noLocality branch), n = min(maxPartitions, P).
 */
export function coalesceGroups(parentPartitions: number, maxPartitions: number): number[][] {
  const n = Math.min(parentPartitions, maxPartitions);
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    const group: number[] = [];
    const start = Math.floor((i * parentPartitions) / n);
    const end = Math.floor(((i + 1) * parentPartitions) / n);
    for (let j = start; j < end; j++) group.push(j);
    groups.push(group);
  }
  return groups;
}

function coalesced(ctx: ExpandContext, parent: LineageRdd, maxPartitions: number, role: string): LineageRdd {
  const groups = coalesceGroups(parent.numPartitions, maxPartitions);
  return ctx.lineage.create(ctx.scope, {
    className: 'CoalescedRDD',
    role,
    numPartitions: groups.length,
    partitioner: null,
    deps: [
      {
        parent: parent.rddId,
        type: 'Narrow',
        reason: reason('narrow.coalesce', { from: parent.numPartitions, to: groups.length }),
        mapping: { kind: 'groups', groups },
      },
    ],
    rows: groups.map((g) =>
      g.reduce<RowCount>((sum, j) => {
        const r = parent.rows[j] ?? 0;
        return sum === 'many' || r === 'many' ? 'many' : sum + r;
      }, 0),
    ),
  });
}

/** `RDD.coalesce(n, shuffle)`: a CoalescedRDD, or repartition's four RDDs with shuffle = true. */
export function coalesce(ctx: ExpandContext, parent: LineageRdd, n: number, shuffle: boolean): LineageRdd {
  if (!shuffle) return coalesced(ctx, parent, n, `coalesce(${n})`);
  const keyed = narrowChild(ctx, parent, {
    role: 'mapPartitionsWithIndexInternal: round-robin keys',
    keepsPartitioner: false,
    rows: parent.rows,
  });
  const partitioner = ctx.lineage.newPartitioner('hash', n);
  const shuffled = ctx.lineage.create(ctx.scope, {
    className: 'ShuffledRDD',
    role: `ShuffledRDD(HashPartitioner(${n}))`,
    numPartitions: n,
    partitioner,
    partitionerReason: reason('partitioner.numPartitions', { numPartitions: n }),
    deps: [
      {
        parent: keyed.rddId,
        type: 'Shuffle',
        reason: reason('shuffle.always', { op: ctx.scope.op, partitioner: partitionerName(partitioner) }),
        mapping: { kind: 'shuffle' },
      },
    ],
    rows: shuffledRows([parent.rows], n),
  });
  const grouped = coalesced(ctx, shuffled, n, `CoalescedRDD(shuffled, ${n})`);
  return narrowChild(ctx, grouped, { role: 'values', keepsPartitioner: false, rows: grouped.rows });
}
