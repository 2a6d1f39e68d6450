// Large inputs: correctness only (speed is measured by the benchmark, not asserted here). A chain
// of 10,000 calls and a left-nested infix spine of 10,000 unions must not overflow the stack, and
// a 1 MB program must come through whole.
import { describe, expect, it } from 'vitest';
import { generateSparkCode, parseSparkCode } from '../../../src/model/index.ts';

describe('large inputs', () => {
  it('parses a Scala chain of 10,000 maps into 10,001 RDDs', () => {
    const source = `val r = sc.parallelize(1 to 10)${'.map(x => x + 1)'.repeat(10_000)}\nr.count()`;
    const { pipeline, diagnostics } = parseSparkCode(source, 'scala');
    expect(diagnostics).toEqual([]);
    expect(pipeline.rdds).toHaveLength(10_001);
    expect(pipeline.rdds[10_000]).toEqual({
      id: 'r',
      op: 'map',
      parents: ['map_9999'],
      args: {},
      code: 'x => x + 1',
    });
    expect(pipeline.actions).toEqual([{ op: 'count', rdd: 'r', args: {} }]);
  });

  it('parses a parenthesised PySpark chain of 10,000 lines', () => {
    const source = `r = (sc.parallelize(range(10))\n${'    .map(lambda x: x + 1)\n'.repeat(10_000)})\nr.count()`;
    const { pipeline, diagnostics } = parseSparkCode(source, 'python');
    expect(diagnostics).toEqual([]);
    expect(pipeline.rdds).toHaveLength(10_001);
  });

  it('parses 10,000 infix unions', () => {
    const source = `val a = sc.parallelize(1 to 10)\nval u = a${' union a'.repeat(10_000)}\nu.count()`;
    const { pipeline, diagnostics } = parseSparkCode(source, 'scala');
    expect(diagnostics).toEqual([]);
    expect(pipeline.rdds).toHaveLength(10_001);
    expect(pipeline.rdds[10_000]?.parents).toEqual(['union_9999', 'a']);
  });

  it('parses a 1 MB program of 10,000 statements and generates it back', () => {
    const lines = ['val lines = sc.textFile("in.txt", 4)'];
    let size = lines[0]?.length ?? 0;
    for (let i = 0; size < 1_000_000; i++) {
      const line = `val w${i} = lines.flatMap(_.split(" ")).map(w => (w, ${i})).reduceByKey(_ + _, 3) // word count ${i}`;
      lines.push(line);
      size += line.length + 1;
    }
    const source = lines.join('\n');
    expect(source.length).toBeGreaterThanOrEqual(1_000_000);
    const { pipeline, diagnostics } = parseSparkCode(source, 'scala');
    expect(diagnostics).toEqual([]);
    expect(pipeline.rdds).toHaveLength(1 + 3 * (lines.length - 1));
    const back = parseSparkCode(generateSparkCode(pipeline, 'scala').code, 'scala');
    expect(back.pipeline).toEqual(pipeline);
  });

  it('reads a 1 MB function body as one opaque text', () => {
    const body = 'x + '.repeat(250_000);
    const { pipeline } = parseSparkCode(`val r = sc.parallelize(1 to 3).map(x => ${body}1)`, 'scala');
    expect(pipeline.rdds[1]?.code).toBe(`x => ${body}1`);
  });

  it('reports 100,000 unclosed brackets once instead of overflowing', () => {
    const { diagnostics } = parseSparkCode(`val x = ${'('.repeat(100_000)}`, 'scala');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.severity).toBe('error');
  });
});
