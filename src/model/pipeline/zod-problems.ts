/** zod issues as pipeline problems: the path in our notation, the message naming the bad value. */
import type { z } from 'zod';
import { problem } from './messages/params.ts';
import type { PathPart, ProblemList } from './problems.ts';

export function addZodIssues(
  issues: readonly z.core.$ZodIssue[],
  base: readonly PathPart[],
  into: ProblemList,
): void {
  for (const issue of issues) {
    const path = [...base, ...(issue.path as PathPart[])];
    const got = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) into.report([...path, key], problem('unknownKey'));
        break;
      case 'invalid_type':
        into.report(
          path,
          got === undefined ? problem('required') : problem('mustBeType', { expected: issue.expected, got }),
        );
        break;
      case 'invalid_value':
        into.report(path, problem('mustBeOneOf', { values: issue.values, got }));
        break;
      case 'invalid_union':
        into.report(path, problem('mustBeCountOrCounts', { got }));
        break;
      case 'too_small':
        into.report(path, problem('atLeast', { minimum: String(issue.minimum), origin: issue.origin, got }));
        break;
      case 'custom': {
        // The whole-number checks of ./schema.ts carry their range.
        const range = issue.params as { min?: number; max?: number } | undefined;
        if (range?.min !== undefined && range.max !== undefined)
          into.report(path, problem('wholeNumberFromTo', { min: range.min, max: range.max, got }));
        else into.report(path, problem('other', { text: issue.message }));
        break;
      }
      default:
        into.report(path, problem('other', { text: issue.message }));
    }
  }
}
