// Benchmark of the code parser: parse (and generate) time for large inputs, median of 5 runs
// after one warm-up. Run: npx tsx bench/code-parser.ts. Prints one JSON line per case; nothing
// is asserted (the unit tests check correctness only).
import { generateSparkCode, parseSparkCode } from '../src/model/index.ts';
import type { CodeLanguage } from '../src/model/index.ts';

function program(line: (i: number) => string, bytes: number, head: string): string {
  const lines = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const l = line(i);
    lines.push(l);
    size += l.length + 1;
  }
  return lines.join('\n');
}

const cases: { name: string; language: CodeLanguage; source: string }[] = [
  {
    name: 'scala-1MB-statements',
    language: 'scala',
    source: program(
      (i) =>
        `val w${i} = lines.flatMap(_.split(" ")).map(w => (w, ${i})).reduceByKey(_ + _, 3).cache() // ${i}`,
      1_000_000,
      'val lines = sc.textFile("in.txt", 4)',
    ),
  },
  {
    name: 'python-1MB-statements',
    language: 'python',
    source: program(
      (i) =>
        `w${i} = lines.flatMap(lambda l: l.split()).map(lambda w: (w, ${i})).reduceByKey(lambda a, b: a + b, 3)  # ${i}`,
      1_000_000,
      'lines = sc.textFile("in.txt", 4)',
    ),
  },
  {
    name: 'scala-chain-10000',
    language: 'scala',
    source: `val r = sc.parallelize(1 to 10)${'.map(x => x + 1)'.repeat(10_000)}\nr.count()`,
  },
  {
    name: 'scala-1MB-lambda',
    language: 'scala',
    source: `val r = sc.parallelize(1 to 3).map(x => ${'x + '.repeat(250_000)}1)`,
  },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

for (const c of cases) {
  parseSparkCode(c.source, c.language);
  const parse: number[] = [];
  const generate: number[] = [];
  let rdds = 0;
  for (let k = 0; k < 5; k++) {
    let t = performance.now();
    const { pipeline } = parseSparkCode(c.source, c.language);
    parse.push(performance.now() - t);
    rdds = pipeline.rdds.length;
    t = performance.now();
    generateSparkCode(pipeline, c.language);
    generate.push(performance.now() - t);
  }
  const result = {
    case: c.name,
    bytes: c.source.length,
    rdds,
    parseMs: Math.round(median(parse)),
    generateMs: Math.round(median(generate)),
  };
  console.log(JSON.stringify(result));
}
