/**
 * Checks the `args` of an operation or action against its catalogue entry: only the keys it
 * lists, values of the listed kinds, required ones present, exclusive pairs not both given, and
 * the few rules Spark's constructors check themselves (`require(step != 0)`, a sampling fraction
 * above 1 needs replacement).
 */
import type { Limits } from '../limits.ts';
import type { CatalogueEntry } from '../operators/types.ts';
import { argValueProblem } from './arg-values.ts';
import type { PathPart, ProblemList } from './problems.ts';
import { formatValue } from './problems.ts';

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
      const list =
        entry.args.length === 0 ? 'it takes none' : `it takes ${entry.args.map((a) => a.name).join(', ')}`;
      problems.add([...path, key], `not an argument of ${entry.name} (${list})`);
      continue;
    }
    const problem = argValueProblem(info.kind, value, limits);
    if (problem !== null) problems.add([...path, key], problem);
    else if (
      info.kind === 'partitioner' &&
      !entry.rangePartitioner &&
      (value as { type: string }).type === 'range'
    ) {
      problems.add([...path, key], `${entry.name} takes only a hash partitioner, got ${formatValue(value)}`);
    }
  }
  for (const info of entry.args) {
    if (info.required && !(info.name in args))
      problems.add([...path, info.name], `${entry.name} needs ${info.name}`);
  }
  for (const [a, b] of entry.exclusive) {
    if (a in args && b in args) problems.add(path, `give ${a} or ${b}, not both`);
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
    problems.add(path, 'parallelize needs length or data');
  }
  if (name === 'range' && args.step === 0) problems.add([...path, 'step'], 'must not be 0, got 0');
  if (
    name === 'sample' &&
    args.withReplacement === false &&
    typeof args.fraction === 'number' &&
    args.fraction > 1
  ) {
    problems.add(
      [...path, 'fraction'],
      `must be at most 1 without replacement, got ${formatValue(args.fraction)}`,
    );
  }
}
