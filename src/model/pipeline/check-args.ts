/**
 * Checks the `args` of an operation or action against its catalogue entry: only the keys it
 * lists, values of the listed kinds, required ones present, exclusive pairs not both given, and
 * the few rules Spark's constructors check themselves (`require(step != 0)`, a sampling fraction
 * above 1 needs replacement).
 */
import type { Limits } from '../limits.ts';
import type { CatalogueEntry } from '../operators/types.ts';
import { argValueProblem } from './arg-values.ts';
import { problem } from './messages/params.ts';
import type { PathPart, ProblemList } from './problems.ts';

export function checkArgs(
  entry: CatalogueEntry,
  args: Readonly<Record<string, unknown>>,
  path: readonly PathPart[],
  problems: ProblemList,
  limits?: Limits,
): void {
  const allowed = new Map(entry.args.map((a) => [a.name, a]));
  for (const [key, value] of Object.entries(args)) {
    const info = allowed.get(key);
    if (!info) {
      const takes = entry.args.map((a) => a.name);
      problems.report([...path, key], problem('notAnArgument', { op: entry.name, takes }));
      continue;
    }
    const bad = argValueProblem(info.kind, value, limits);
    if (bad !== null) problems.report([...path, key], bad);
    else if (
      info.kind === 'partitioner' &&
      !entry.rangePartitioner &&
      (value as { type: string }).type === 'range'
    ) {
      problems.report([...path, key], problem('onlyHashPartitioner', { op: entry.name, got: value }));
    }
  }
  for (const info of entry.args) {
    if (info.required && !(info.name in args))
      problems.report([...path, info.name], problem('needsArgument', { op: entry.name, arg: info.name }));
  }
  for (const [a, b] of entry.exclusive) {
    if (a in args && b in args) problems.report(path, problem('notBoth', { a, b }));
  }
  checkSparkRequirements(entry.name, args, path, problems);
}

function checkSparkRequirements(
  name: string,
  args: Readonly<Record<string, unknown>>,
  path: readonly PathPart[],
  problems: ProblemList,
): void {
  if (name === 'parallelize' && !('length' in args) && !('data' in args)) {
    problems.report(path, problem('parallelizeNeedsData'));
  }
  if (name === 'range' && args.step === 0) problems.report([...path, 'step'], problem('stepZero'));
  if (
    name === 'sample' &&
    args.withReplacement === false &&
    typeof args.fraction === 'number' &&
    args.fraction > 1
  ) {
    problems.report([...path, 'fraction'], problem('fractionWithoutReplacement', { got: args.fraction }));
  }
}
