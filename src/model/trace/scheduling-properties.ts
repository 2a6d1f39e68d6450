/**
 * The Spark properties a trace keeps from SparkListenerEnvironmentUpdate: those that change how
 * Spark schedules (spark-rules.md §10–§11). Everything else in the environment (class path, system
 * properties, paths, secrets that users forgot to redact) is dropped on import.
 */
const EXACT = new Set([
  'spark.master',
  'spark.app.id',
  'spark.app.name',
  'spark.submit.deployMode',
  'spark.executor.cores',
  'spark.executor.instances',
  'spark.executor.memory',
  'spark.driver.cores',
  'spark.task.cpus',
  'spark.task.maxFailures',
  'spark.default.parallelism',
  'spark.scheduler.mode',
  'spark.shuffle.service.enabled',
  'spark.stage.maxConsecutiveAttempts',
  'spark.sql.shuffle.partitions',
  'spark.sql.adaptive.enabled',
  'spark.eventLog.compress',
  'spark.eventLog.compression.codec',
  'spark.io.compression.codec',
]);

const PREFIXES = [
  'spark.dynamicAllocation.',
  'spark.speculation',
  'spark.locality.wait',
  'spark.excludeOnFailure.',
  'spark.blacklist.',
];

export function isSchedulingProperty(key: string): boolean {
  return EXACT.has(key) || PREFIXES.some((p) => key.startsWith(p));
}
