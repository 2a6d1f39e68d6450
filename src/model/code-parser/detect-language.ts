/**
 * `detectLanguage`: a guess at whether a snippet is Scala or PySpark, from signs that only one of
 * them uses. Scala: `val`/`var` definitions, `=>`, placeholder lambdas (`_ + _`, `_.split`),
 * `//` comments, `new`, `1 to 100`. Python: `lambda`, `#` comments, `def ...:`, `[...]` lists
 * passed to `parallelize`, `range(...)`, `True`/`False`/`None`. Ties go to Scala (spark-shell).
 */
import type { CodeLanguage } from './types.ts';

const SCALA_SIGNS: readonly RegExp[] = [
  /(^|[\s;{(])va[lr]\s+[A-Za-z_]/m,
  /=>/,
  /\b_\s*[-+*/]\s*_\b/,
  /\(_\.|\b_\._\d/,
  /^\s*\/\//m,
  /\bnew\s+[A-Z]/,
  /\b\d+\s+(to|until)\s+\d/,
  /\bprintln\b/,
  /\bobject\s+\w+/,
];
const PYTHON_SIGNS: readonly RegExp[] = [
  /\blambda\b[^:\n]*:/,
  /^\s*#/m,
  /^\s*def\s+\w+\(.*\)\s*:\s*$/m,
  /parallelize\(\s*\[/,
  /\brange\(/,
  /\b(True|False|None)\b/,
  /^\s*(from|import)\s+pyspark/m,
  /\bprint\(/,
  /^\s*[A-Za-z_]\w*\s*=\s*(sc|spark)\b/m,
];

export function detectLanguage(source: string): CodeLanguage {
  // Strip string literals so their contents do not count as signs.
  const text = source.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
  const scala = SCALA_SIGNS.filter((re) => re.test(text)).length;
  const python = PYTHON_SIGNS.filter((re) => re.test(text)).length;
  if (python > scala) return 'python';
  if (scala > 0) return 'scala';
  // No sign either way: Python has no `val`, so a program of plain assignments reads as Python.
  return /^\s*[A-Za-z_]\w*\s*=[^=>]/m.test(text) ? 'python' : 'scala';
}
