// The pipeline's config comes only from what the program says: spark.default.parallelism set on
// the SparkConf or the session builder, a --conf command line kept in a comment, or a directive.
// Otherwise defaultParallelism stays at the spec's 8.
import { describe, expect, it } from 'vitest';
import { parseSparkCode } from '../../../src/model/index.ts';

describe('config from the program', () => {
  it('keeps defaultParallelism at 8 when the program does not set it', () => {
    const r = parseSparkCode(
      'val conf = new SparkConf().setMaster("local[4]")\nval a = sc.parallelize(1 to 4)',
      'scala',
    );
    expect(r.pipeline.config).toEqual({ defaultParallelism: 8 });
  });

  it('reads spark.default.parallelism from SparkConf.set', () => {
    const r = parseSparkCode(
      'val conf = new SparkConf().setAppName("x").set("spark.default.parallelism", "6")\nval sc = new SparkContext(conf)\nval a = sc.parallelize(1 to 4)',
      'scala',
    );
    expect(r.pipeline.config).toEqual({ defaultParallelism: 6, 'spark.default.parallelism': 6 });
    expect(r.pipeline.rdds).toHaveLength(1);
  });

  it('reads spark.default.parallelism from the session builder in Python', () => {
    const r = parseSparkCode(
      'spark = SparkSession.builder.config("spark.default.parallelism", 3).getOrCreate()\nsc = spark.sparkContext\na = sc.parallelize([1, 2])',
      'python',
    );
    expect(r.pipeline.config).toEqual({ defaultParallelism: 3, 'spark.default.parallelism': 3 });
    expect(r.pipeline.rdds).toHaveLength(1);
  });

  it('reads a --conf command line kept in a comment', () => {
    const r = parseSparkCode(
      '# spark-submit --conf spark.default.parallelism=12 app.py\na = sc.parallelize([1])',
      'python',
    );
    expect(r.pipeline.config).toEqual({ defaultParallelism: 12, 'spark.default.parallelism': 12 });
  });

  it('reads defaultParallelism from a stagecraft directive', () => {
    const r = parseSparkCode(
      '// stagecraft: {"defaultParallelism": 2}\nval a = sc.parallelize(1 to 4)',
      'scala',
    );
    expect(r.pipeline.config).toEqual({ defaultParallelism: 2 });
  });
});
