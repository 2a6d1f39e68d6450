/** zod issues as pipeline problems: the path in our notation, the message naming the bad value. */
import type { z } from 'zod';
import type { PathPart, ProblemList } from './problems.ts';
import { formatValue } from './problems.ts';

const ARTICLE: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

export function addZodIssues(
  issues: readonly z.core.$ZodIssue[],
  base: readonly PathPart[],
  into: ProblemList,
): void {
  for (const issue of issues) {
    const path = [...base, ...(issue.path as PathPart[])];
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) into.add([...path, key], 'unknown key');
        break;
      case 'invalid_type':
        into.add(
          path,
          input === undefined
            ? 'is required'
            : `must be ${ARTICLE[issue.expected] ?? issue.expected}, got ${formatValue(input)}`,
        );
        break;
      case 'invalid_value':
        into.add(
          path,
          `must be ${issue.values
            .map((v) => formatValue(v))
            .join(', ')
            .replace(/, ([^,]*)$/, ' or $1')}, got ${formatValue(input)}`,
        );
        break;
      case 'invalid_union':
        into.add(path, `must be a whole number or an array of whole numbers, got ${formatValue(input)}`);
        break;
      case 'too_small':
        into.add(path, `must be at least ${String(issue.minimum)}, got ${formatValue(input)}`);
        break;
      default:
        into.add(path, issue.message);
    }
  }
}
