/** Expansion of the sources (spark-rules.md §2.1): `SparkContext.parallelize`, `range`, `textFile`, `emptyRDD`. */
import type { RddSpec } from '../pipeline/types.ts';
import type { ExpandContext } from './context.ts';
import { reason } from './reasons.ts';
import { manyRows, rangeRows, sliceRows } from './rows.ts';
import { narrowChild } from './steps.ts';
import type { LineageRdd } from './types.ts';

export function expandSource(ctx: ExpandContext, spec: RddSpec): LineageRdd {
  const { lineage, config, scope } = ctx;
  const args = spec.args;
  switch (spec.op) {
    case 'parallelize': {
      const n = args.numSlices ?? config.defaultParallelism;
      return lineage.create(scope, {
        className: 'ParallelCollectionRDD',
        role: `parallelize(…, numSlices = ${n})`,
        numPartitions: n,
        partitioner: null,
        deps: [],
        rows: sliceRows(args.length ?? args.data?.length ?? 0, n),
      });
    }
    case 'range': {
      const n = args.numSlices ?? config.defaultParallelism;
      const slices = lineage.create(scope, {
        className: 'ParallelCollectionRDD',
        role: 'parallelize(0 until numSlices, numSlices)',
        numPartitions: n,
        partitioner: null,
        deps: [],
        rows: sliceRows(n, n),
      });
      return narrowChild(ctx, slices, {
        role: 'mapPartitionsWithIndex: the numbers of each slice',
        keepsPartitioner: false,
        rows: rangeRows(args.start ?? 0, args.end ?? 0, args.step ?? 1, n),
        reason: reason('narrow.oneToOne', { op: 'range' }),
      });
    }
    case 'textFile': {
      // Read as a file Hadoop splits into exactly minPartitions splits (shared/spec/pipeline.md).
      const n = args.minPartitions ?? Math.min(config.defaultParallelism, 2);
      const hadoop = lineage.create(scope, {
        className: 'HadoopRDD',
        role: `hadoopFile(${JSON.stringify(args.path ?? '')}): (offset, line) pairs`,
        numPartitions: n,
        partitioner: null,
        deps: [],
        rows: manyRows(n),
      });
      return narrowChild(ctx, hadoop, {
        role: 'map(pair => pair._2.toString)',
        keepsPartitioner: false,
        rows: hadoop.rows,
      });
    }
    default:
      return lineage.create(scope, {
        className: 'EmptyRDD',
        role: 'emptyRDD',
        numPartitions: 0,
        partitioner: null,
        deps: [],
        rows: [],
      });
  }
}
