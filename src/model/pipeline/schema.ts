/**
 * The shape of a pipeline file, checked with zod before the cross-field rules
 * (./check-pipeline.ts). The top level is checked first; then each entry of `rdds`, `persist`,
 * `checkpoint` and `actions` on its own, so one bad entry does not hide the others' problems.
 * Argument values are left as `unknown` here: the operator catalogue decides which keys an
 * operation takes and of what kind.
 */
import { z } from 'zod';
import { STORAGE_LEVELS } from './types.ts';
import { isWholeNumber, MAX_COUNT, MAX_PARTITIONS } from './arg-values.ts';

// No code generation: the app runs under a Content-Security-Policy without 'unsafe-eval'
// (index.html), where zod's probe for `new Function` is reported as a CSP violation even though
// zod catches it. Jitless zod never probes. Global: it holds for every schema of the model.
z.config({ jitless: true });

/** A whole number in [min, max]; the issue carries the range for the message (./zod-problems.ts). */
function whole(min: number, max: number) {
  return z.custom<number>((v) => isWholeNumber(v, min, max), { params: { min, max } });
}

const argRecord = z.record(z.string(), z.unknown());
const perPartition = z.union([whole(0, Number.MAX_SAFE_INTEGER), z.array(whole(0, Number.MAX_SAFE_INTEGER))]);

export const hintsSchema = z.strictObject({
  records: perPartition.optional(),
  bytes: perPartition.optional(),
  emptyPartitions: z.array(whole(0, MAX_PARTITIONS - 1)).optional(),
  skew: z.number().min(1).optional(),
  distinctKeys: whole(0, MAX_COUNT).optional(),
});

export const rddEntrySchema = z.strictObject({
  id: z.string(),
  op: z.string(),
  parents: z.array(z.string()).optional(),
  args: argRecord.optional(),
  code: z.string().optional(),
  hints: hintsSchema.optional(),
});
export type RddEntry = z.infer<typeof rddEntrySchema>;

export const actionEntrySchema = z.strictObject({
  op: z.string(),
  rdd: z.string(),
  args: argRecord.optional(),
  thread: z.string().min(1).optional(),
  pool: z.string().min(1).optional(),
  code: z.string().optional(),
});
export type ActionEntry = z.infer<typeof actionEntrySchema>;

export const persistEntrySchema = z.strictObject({ rdd: z.string(), level: z.enum(STORAGE_LEVELS) });
export const checkpointEntrySchema = z.strictObject({ rdd: z.string() });

export const configSchema = z.strictObject({
  // The partition limit (maxPartitions) is checked with the other limits (check-limits.ts).
  defaultParallelism: whole(1, Number.MAX_SAFE_INTEGER).optional(),
  'spark.default.parallelism': whole(1, Number.MAX_SAFE_INTEGER).optional(),
});

export const topLevelSchema = z.strictObject({
  version: z.literal(1),
  name: z.string().optional(),
  config: configSchema.optional(),
  rdds: z.array(z.unknown()),
  persist: z.array(z.unknown()).optional(),
  checkpoint: z.array(z.unknown()).optional(),
  actions: z.array(z.unknown()).optional(),
});
